// @ts-check
import { defineConfig } from 'astro/config';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { dataStoreFile } from './src/lib/build/data-store-file.ts';
import { parallelRender } from './src/lib/build/parallel-render.ts';
import { decapBundle } from './src/lib/cms/integration.ts';
import { buildMemo, digestOfFiles, sourceFilesImportedBy } from './src/lib/content/build-memo.ts';
import { keepOutput } from './src/lib/content/keep-output.ts';
import { modulePreloads } from './src/lib/module-preload.ts';
import { languageAlternates } from './src/lib/routes.ts';

// Tests and the benchmark build other content trees and write elsewhere through these variables.
const outDir = process.env.PORTAL_OUT_DIR ?? './dist';
const cacheDir = process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro';

/**
 * Astro keeps every parsed entry in <cacheDir>/data-store.json and clears it when
 * src/content.config.ts changes, but not when a module that file imports (the schemas, the
 * loader) changes: the next build would render entries parsed by the old schema (seen here: a
 * new field missing on every unchanged entry). The store is therefore cleared whenever the
 * content config, a module it imports (directly or not) or the installed packages differ from
 * the previous build's; not for other code (a page model, a component), which needs no new parse.
 */
function clearContentStoreOnSchemaChange() {
  const root = fileURLToPath(new URL('.', import.meta.url));
  const digest = digestOfFiles(root, [
    ...(sourceFilesImportedBy(root, 'src/content.config.ts') ?? ['src']),
    'package-lock.json',
  ]);
  const store = path.resolve(root, cacheDir);
  const stamp = path.join(store, 'content-schema-digest');
  const previous = existsSync(stamp) ? readFileSync(stamp, 'utf-8') : undefined;
  if (previous !== digest) {
    rmSync(path.join(store, 'data-store.json'), { force: true });
    mkdirSync(store, { recursive: true });
    writeFileSync(stamp, digest);
  }
}
clearContentStoreOnSchemaChange();

/** Every page the sitemap lists, so each one's other-language alternate is listed only when it was built. */
const sitemapPaths = new Set();

export default defineConfig({
  site: process.env.PORTAL_SITE_URL ?? 'https://etiskhandel.uke.oslo.kommune.no',
  trailingSlash: 'always',
  // Norwegian at the root, English under /en/: Astro.currentLocale is 'en' there, 'nb' elsewhere
  // (src/i18n/index.ts lists the same locales).
  i18n: { locales: ['nb', 'en'], defaultLocale: 'nb', routing: { prefixDefaultLocale: false } },
  outDir,
  cacheDir,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    mdx(),
    // The web editor (/admin/) is for editors only: not in the sitemap (nor the search index,
    // which reads only pages marked data-pagefind-body, nor any navigation).
    // Each page lists itself and its counterpart in the other language (xhtml:link hreflang),
    // from the route map, when that page was built (src/lib/routes.ts).
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        if (pathname.startsWith('/admin/')) return false;
        sitemapPaths.add(pathname);
        return true;
      },
      serialize: (item) => {
        const links = languageAlternates(new URL(item.url).pathname, ({ path }) =>
          sitemapPaths.has(path),
        ).map(({ locale, path }) => ({ lang: locale, url: new URL(path, item.url).href }));
        return links.length > 0 ? { ...item, links } : item;
      },
    }),
    decapBundle(),
    // <link rel="modulepreload"> for the chunks a page's scripts import, which Astro does not write.
    modulePreloads(),
    // Pages render on every core, not only Astro's one thread (src/lib/build/parallel-render.ts).
    parallelRender(),
    // The content store reaches the prerender bundle as a file, not a string literal to compile
    // (src/lib/build/data-store-file.ts).
    dataStoreFile(),
    // Results of costly steps every build runs, kept for the next build (src/lib/content/build-memo.ts).
    buildMemo(),
    // Last: it removes what no build step before it wrote or kept (src/lib/content/keep-output.ts).
    keepOutput(),
  ],
  // Two entries with the same id (file name) are an error, not a silent overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // A second build copies the pages and files whose key (src/lib/content/cache-key.ts) and code
  // are unchanged from the cache in `cacheDir`, instead of rendering them again.
  experimental: { incrementalBuild: true },
  vite: {
    // Vite's cache (its dependency scan, the dev server's prebundled modules) beside Astro's, not
    // in node_modules/.vite: builds with their own PORTAL_CACHE_DIR then share no cache, and the
    // fixture builds' workspaces can link node_modules whole (test/build/fixture-site.ts).
    cacheDir: path.join(cacheDir, 'vite'),
    // The CSP (scripts/nginx/etiskhandel.conf) has no 'unsafe-inline': never inline a script into the page.
    build: {
      // A warm build keeps the unchanged pages where they are; keepOutput() empties the folder
      // when it is not as the last build left it, and removes what this build did not make.
      emptyOutDir: false,
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX entry carries Astro's "use astro:head-inject" marker, and Rolldown warns
        // about each one (2 000 multi-line warnings at 10 000 entries). Astro handles the
        // marker itself; other warnings still show.
        onwarn(warning, warn) {
          if (
            warning.code === 'MODULE_LEVEL_DIRECTIVE' &&
            /astro:head-inject/.test(warning.message)
          ) {
            return;
          }
          warn(warning);
        },
      },
    },
    resolve: {
      alias: {
        '@punkt-fonts': fileURLToPath(
          new URL('./node_modules/@oslokommune/punkt-assets/dist/fonts', import.meta.url),
        ),
      },
    },
  },
});
