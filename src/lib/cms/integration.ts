/**
 * Serves the web editor's prebuilt bundle (decap-cms, pinned in package.json) from the site
 * itself, never a CDN: copied into <outDir>/admin/ after a build, and answered from
 * node_modules by the dev server. The bundle loads its chunks and WebAssembly by name from
 * beside itself, so they travel with it; source maps stay behind (25 MB, and not for readers).
 */
import { copyFileSync, createReadStream, mkdirSync, readdirSync } from 'node:fs';
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

export function decapBundle(): AstroIntegration {
  return {
    name: 'portal-decap-bundle',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = new Set(bundleFiles());
        server.middlewares.use('/admin/', (req, res, next) => {
          const name = (req.url ?? '').split('?')[0]?.replace(/^\//, '') ?? '';
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
      },
    },
  };
}
