/**
 * The collections as `getCollection` hands them to the data layer, read from content trees
 * without a build (under vitest Astro's content layer never runs, so `getCollection` is empty).
 * Like the portal's loader (src/lib/content/loader.ts), over the content config's collections
 * (CONTENT_COLLECTIONS): `.md` and `.mdx` files, not `files/` or names
 * starting with `_`; frontmatter by Astro's own parser, blank fields dropped, then the
 * collection's schema. Unit tests put these entries behind a mocked `astro:content`.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { z } from 'astro/zod';
import { CONTENT_COLLECTIONS } from '../../src/lib/collections';
import { withoutEmptyValues } from '../../src/lib/content/empty-values';

export interface StoredEntry {
  id: string;
  collection: string;
  data: unknown;
  body: string;
  filePath: string;
}

async function readFolder(
  roots: readonly string[],
  folder: string,
  collection: string,
  schema: z.ZodType,
): Promise<StoredEntry[]> {
  // A later root lays its files over the earlier ones, as the fixture builds copy them.
  const byId = new Map<string, StoredEntry>();
  for (const root of roots) {
    const base = path.join(root, folder);
    if (!existsSync(base)) continue;
    const names = (await readdir(base, { recursive: true })).sort();
    for (const name of names) {
      const relative = name.split(path.sep).join('/');
      if (!/\.mdx?$/.test(relative) || relative.startsWith('files/')) continue;
      if (path.basename(relative).startsWith('_')) continue;
      const id = relative.replace(/\.mdx?$/, '');
      // Astro slugs each path segment; the content's file names are slugs already.
      if (!/^[a-z0-9][a-z0-9/-]*$/.test(id)) throw new Error(`${base}/${relative}: not a slug`);
      const file = path.join(base, name);
      const { frontmatter, content } = parseFrontmatter(await readFile(file, 'utf-8'), {
        frontmatter: 'empty-with-spaces',
      });
      const parsed = await schema.safeParseAsync(withoutEmptyValues(frontmatter));
      if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
      byId.set(id, {
        id,
        collection,
        data: parsed.data,
        body: content,
        filePath: path.relative(process.cwd(), file),
      });
    }
  }
  return [...byId.values()];
}

/** Every collection's entries, drafts included, by collection key (`requirements`, `requirementsEn` …). */
export async function readCollections(
  roots: readonly string[],
): Promise<Map<string, StoredEntry[]>> {
  const lists = await Promise.all(
    CONTENT_COLLECTIONS.map(
      async ({ key, folder, schema }) =>
        [key, await readFolder(roots, folder, key, schema)] as const,
    ),
  );
  return new Map(lists);
}
