/**
 * The one loader every collection uses: Astro's glob loader over `content/<folder>/`,
 * validating each entry first so an editor's mistake fails the build with a message
 * that names the file, the field, what was found and what was expected.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { z } from 'astro/zod';
import { findImpossibleDates } from '../dates';
import { EditorError, problemsFromIssues } from '../editor-errors';

/** Where the editors' content lives; tests and the benchmark point it at other trees. */
export const contentRoot = path.resolve(process.env['PORTAL_CONTENT_DIR'] ?? 'content');

export function contentLoader(folder: string, schema: z.ZodType): Loader {
  // Files beside the entries (downloads, meeting materials) live in files/ and are not entries.
  const inner = glob({
    base: path.join(contentRoot, folder),
    pattern: ['**/[^_]*.{md,mdx}', '!files/**'],
  });
  return {
    name: `portal-${folder}`,
    load: (context: LoaderContext) =>
      inner.load({
        ...context,
        parseData: async (props) => {
          const file = path.relative(process.cwd(), props.filePath ?? props.id);
          // YAML silently rolls an impossible date (2026-02-30) over to a real one: check the raw text.
          if (props.filePath) {
            const bad = findImpossibleDates(await readFile(props.filePath, 'utf-8'));
            if (bad.length > 0) throw new EditorError(file, bad);
          }
          const result = await schema.safeParseAsync(props.data);
          if (!result.success) {
            throw new EditorError(file, problemsFromIssues(result.error.issues, props.data));
          }
          return context.parseData(props);
        },
      }),
  };
}
