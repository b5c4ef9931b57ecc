#!/usr/bin/env node
/**
 * Browser tests over the built site: makes sure Chromium and nginx are there (installing them
 * from Debian when missing), serves dist/ (or $PORTAL_OUT_DIR) with nginx and the production
 * configuration (scripts/nginx/etiskhandel.conf) on a free loopback port, runs the tests in
 * test/e2e/ with vitest against it (PORTAL_BASE_URL), and stops nginx.
 * Extra arguments go to vitest, e.g. `npm run test:e2e -- home`.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureSystem } from './system-deps.mjs';
import { serveWithNginx } from './nginx/serve.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const { chromium, nginx } = ensureSystem(['chromium', 'nginx']);
const outDir = path.resolve(root, process.env.PORTAL_OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No built site in ${outDir}: run \`npm run build\` first.`);
  process.exit(1);
}

const site = await serveWithNginx(outDir, { nginx });
console.log(
  `Serving ${path.relative(root, outDir) || outDir} with ${nginx} at ${site.url} (Chromium: ${chromium})`,
);
const stop = async () => {
  await site.close();
  process.exit(1);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);

const vitest = spawn(
  process.execPath,
  [
    path.join(root, 'node_modules/vitest/vitest.mjs'),
    'run',
    '--config',
    'test/vitest.e2e.config.ts',
    ...process.argv.slice(2),
  ],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      PORTAL_BASE_URL: site.url,
      PORTAL_OUT_DIR: outDir,
      CHROME_PATH: chromium,
      NGINX_PATH: nginx,
    },
  },
);
const code = await new Promise((resolve) => {
  vitest.on('exit', (status, signal) => resolve(status ?? (signal ? 1 : 0)));
});
await site.close();
process.exit(code);
