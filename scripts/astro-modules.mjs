/**
 * Loads the project's TypeScript modules (src/lib, src/schemas) in a command-line script,
 * through Astro's own Vite configuration, so that `astro:content` in the schemas resolves as
 * it does in a build. Used by `npm run new` and `npm run docs:fields`.
 *
 *   await withAstroModules(async (load) => { const { x } = await load('/src/lib/x.ts'); … });
 */
import { getViteConfig } from 'astro/config';
import { createServer } from 'vite';

export async function withAstroModules(work) {
  const config = await getViteConfig(
    { server: { middlewareMode: true, hmr: false }, appType: 'custom', logLevel: 'error' },
    // Astro's dev-app setup complains when the server closes right after use: say nothing.
    { logLevel: 'silent' },
  )({ command: 'serve', mode: 'development' });
  const server = await createServer(config);
  try {
    return await work((file) => server.ssrLoadModule(file));
  } finally {
    await server.close();
  }
}
