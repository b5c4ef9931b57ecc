// @ts-check
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// Tests and the benchmark build other content trees and write elsewhere through these variables.
const outDir = process.env.PORTAL_OUT_DIR ?? './dist';

export default defineConfig({
  site: process.env.PORTAL_SITE_URL ?? 'https://etiskhandel.uke.oslo.kommune.no',
  trailingSlash: 'always',
  outDir,
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap()],
  // Two entries with the same id (file name) are an error, not a silent overwrite.
  prerenderConflictBehavior: 'error',
  devToolbar: { enabled: false },
  // A second build copies the pages and files whose key (src/lib/content/cache-key.ts) and code
  // are unchanged from the cache in `cacheDir`, instead of rendering them again.
  experimental: { incrementalBuild: true },
  vite: {
    // The CSP (scripts/nginx/etiskhandel.conf) has no 'unsafe-inline': never inline a script into the page.
    build: {
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
