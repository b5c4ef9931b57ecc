/**
 * The benchmark's peer: the same corpus built with Starlight (`@astrojs/starlight`, pinned in
 * package.json, on the same Astro), the docs framework a team would pick instead of a portal of
 * its own. Every entry is a docs page under the same section as on the portal (`krav/…`,
 * `kurs/leksjon/…`), with Starlight's default page (header, sidebar, table of contents,
 * pagination) and its built-in search: Starlight runs Pagefind inside `astro build`, so its
 * build time includes its index. Starlight's UI is in Norwegian bokmål (`lang: 'nb'`), as the
 * portal's is.
 *
 * Sidebar: `default` is Starlight's own when none is configured (every page, grouped by folder,
 * on every page, so the HTML grows with the square of the page count); `sections` gives one
 * link per section, like the portal's navigation. The bench reports which one it used.
 *
 * The files live here as strings, so the repository's type check and linters never see a
 * second Astro project.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SECTIONS } from './baseline.mjs';
import { FOLDERS } from './generate.mjs';

const astroConfig = (sidebar) => `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  site: 'https://example.org',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  devToolbar: { enabled: false },
  integrations: [
    starlight({
      title: 'Etisk handel',
      defaultLocale: 'root',
      locales: { root: { label: 'Norsk bokmål', lang: 'nb' } },${
        sidebar === 'sections'
          ? `
      sidebar: ${JSON.stringify(
        Object.values(SECTIONS).map((section) => ({ label: section, link: `/${section}/` })),
      )},`
          : ''
      }
    }),
  ],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** Glossary links in MDX render as plain links, as in the bare baseline. */
const TERM = `---
const { id } = Astro.props;
---
<a href={\`/ordliste/\${id}/\`}><slot /></a>
`;

/** Writes the Starlight project into `dir` (emptied first), node_modules linked from `repoRoot`. */
export function writeStarlightProject(dir, repoRoot, { sidebar = 'default' } = {}) {
  // No link to node_modules: `dir` lies inside the repository (see starlightDir), so Node finds
  // the repository's own. Astro 7.3 cannot compile the styles of a package's .astro files
  // (Starlight's pages) when the project and node_modules share no folder below the file
  // system root ("No cached compile metadata found"), as /tmp and a checkout would not.
  if (!path.resolve(dir).startsWith(path.resolve(repoRoot) + path.sep))
    throw new Error(`the Starlight project must lie inside ${repoRoot}, got ${dir}`);
  rmSync(dir, { recursive: true, force: true });
  const write = (file, text) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  // Astro bundles (rather than loads from node_modules) the packages a project depends on that
  // ship Astro components and virtual modules, so Starlight must be listed.
  const version = (pkg) =>
    JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', pkg, 'package.json'), 'utf-8'))
      .version;
  const dependencies = Object.fromEntries(
    ['astro', '@astrojs/starlight'].map((pkg) => [pkg, version(pkg)]),
  );
  write(
    'package.json',
    JSON.stringify(
      { name: 'bench-starlight', private: true, type: 'module', dependencies },
      null,
      2,
    ),
  );
  write('astro.config.mjs', astroConfig(sidebar));
  write('src/content.config.ts', CONTENT_CONFIG);
  write('src/components/Term.astro', TERM);
  return dir;
}

/**
 * Copies the corpus into the project's `src/content/docs/<section>/`, where Starlight's docs
 * loader reads it. MDX cannot be given components from outside in Starlight, so each MDX entry
 * imports the glossary link component itself (one line after the frontmatter).
 */
export function writeStarlightContent(dir, corpusDir) {
  const docs = path.join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  const term = path.join(dir, 'src', 'components', 'Term.astro');
  let files = 0;
  for (const [collection, folder] of Object.entries(FOLDERS)) {
    const from = path.join(corpusDir, folder);
    const to = path.join(docs, SECTIONS[collection]);
    for (const entry of readdirSync(from, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.mdx?$/.test(entry.name)) continue;
      const source = path.join(entry.parentPath, entry.name);
      const target = path.join(to, path.relative(from, source));
      let text = readFileSync(source, 'utf-8');
      if (source.endsWith('.mdx')) {
        const end = text.indexOf('\n---\n', 4) + '\n---\n'.length;
        text = `${text.slice(0, end)}\nimport Term from ${JSON.stringify(term)};\n${text.slice(end)}`;
      }
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, text);
      files++;
    }
  }
  // A home page, as every Starlight site has.
  writeFileSync(path.join(docs, 'index.md'), '---\ntitle: Etisk handel\n---\n\nForsiden.\n');
  return files;
}
