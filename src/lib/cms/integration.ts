/**
 * Serves the web editor (/admin/) from the site itself, never a CDN: its page and the
 * prebuilt bundle (decap-cms, pinned in package.json) are written into <outDir>/admin/ after
 * a build, and answered by the dev server from here and node_modules. The bundle loads its
 * chunks and WebAssembly by name from beside itself, so they travel with it; source maps stay
 * behind (25 MB, and not for readers).
 *
 * The page is not an Astro page on purpose: under `astro dev` Astro adds Vite's client to
 * every page, which reloads it whenever content/ changes, and the editor's own saves change
 * content/, so an editor would lose the form on every save.
 */
import { copyFileSync, createReadStream, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const require = createRequire(import.meta.url);

/** The folder of the prebuilt bundle. */
export const decapDist = () => path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));

/** decap-cms.js, its numbered chunks and its WebAssembly. */
export function bundleFiles(dir = decapDist()): string[] {
  return readdirSync(dir)
    .filter((file) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(file))
    .sort();
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.wasm': 'application/wasm' };

/**
 * The editor's page: the bundle draws the whole interface. noindex, left out of the sitemap
 * (astro.config.mjs) and of the search index (no data-pagefind-body), linked from no
 * navigation, and with a CSP of its own (scripts/nginx/etiskhandel.conf, location /admin/).
 * config.yml is generated from the schemas (src/pages/admin/config.yml.ts).
 */
export const ADMIN_PAGE = `<!DOCTYPE html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <title>Redigering – Etisk handel</title>
    <link rel="cms-config-url" type="text/yaml" href="/admin/config.yml">
  </head>
  <body>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/editor-setup.js"></script>
  </body>
</html>
`;

export function decapBundle(): AstroIntegration {
  return {
    name: 'portal-decap-bundle',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = new Set(bundleFiles());
        server.middlewares.use('/admin/', (req, res, next) => {
          const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
          if (name === '' || name === 'index.html') {
            res.setHeader('Content-Type', 'text/html; charset=utf-8');
            res.end(ADMIN_PAGE);
            return;
          }
          if (!files.has(name)) return next();
          res.setHeader('Content-Type', TYPES[path.extname(name)] ?? 'application/octet-stream');
          createReadStream(path.join(decapDist(), name)).pipe(res);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), 'admin');
        mkdirSync(target, { recursive: true });
        for (const file of bundleFiles())
          copyFileSync(path.join(decapDist(), file), path.join(target, file));
        writeFileSync(path.join(target, 'index.html'), ADMIN_PAGE);
      },
    },
  };
}
