/**
 * The benchmark's yardstick: a bare Astro project with no site code. Same Astro and
 * @astrojs/mdx (the repository's node_modules, symlinked), the same content through glob
 * loaders without schemas, and one route per collection that renders each entry in a minimal
 * page. The portal's build time is reported as a ratio to this one on the same machine.
 *
 * The files live here as strings, so the repository's type check and linters never see a
 * second Astro project.
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FOLDERS } from './generate.mjs';

/** URL prefix per collection, as in src/lib/routes.ts. */
export const SECTIONS = {
  requirements: 'krav',
  riskCategories: 'krav/kategori',
  cases: 'eksempler',
  meetings: 'markedsdialog',
  procurements: 'anskaffelser',
  templates: 'maler',
  courses: 'kurs',
  lessons: 'kurs/leksjon',
  glossary: 'ordliste',
  pages: 'om',
};

const ASTRO_CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  site: 'https://example.org',
  trailingSlash: 'always',
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
`;

const CONTENT_CONFIG = `import path from 'node:path';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const root = path.resolve(process.env.PORTAL_CONTENT_DIR ?? 'content');
const folders = ${JSON.stringify(FOLDERS, null, 2)};

export const collections = Object.fromEntries(
  Object.entries(folders).map(([name, folder]) => [
    name,
    defineCollection({ loader: glob({ base: path.join(root, folder), pattern: ['**/[^_]*.{md,mdx}', '!files/**'] }) }),
  ]),
);
`;

const LAYOUT = `---
const { title } = Astro.props;
---
<html lang="nb">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width" />
    <title>{title}</title>
  </head>
  <body>
    <main>
      <h1>{title}</h1>
      <slot />
    </main>
  </body>
</html>
`;

/** Glossary links in MDX render as plain links here: no lookups, no checks. */
const TERM = `---
const { id } = Astro.props;
---
<a href={\`/ordliste/\${id}/\`}><slot /></a>
`;

const route = (collection) => `---
import { getCollection, render } from 'astro:content';
import Layout from '${'../'.repeat(SECTIONS[collection].split('/').length + 1)}layouts/Layout.astro';
import Term from '${'../'.repeat(SECTIONS[collection].split('/').length + 1)}components/Term.astro';

export async function getStaticPaths() {
  const entries = await getCollection('${collection}');
  return entries.map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<Layout title={entry.data.title ?? entry.id}>
  <Content components={{ Term }} />
</Layout>
`;

/** Writes the baseline project into `dir` (emptied first), with node_modules linked from `repoRoot`. */
export function writeBaselineProject(dir, repoRoot) {
  rmSync(dir, { recursive: true, force: true });
  const write = (file, text) => {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, text);
  };
  write(
    'package.json',
    JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2),
  );
  write('astro.config.mjs', ASTRO_CONFIG);
  write('src/content.config.ts', CONTENT_CONFIG);
  write('src/layouts/Layout.astro', LAYOUT);
  write('src/components/Term.astro', TERM);
  for (const collection of Object.keys(SECTIONS)) {
    write(`src/pages/${SECTIONS[collection]}/[...slug].astro`, route(collection));
  }
  symlinkSync(path.join(repoRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}
