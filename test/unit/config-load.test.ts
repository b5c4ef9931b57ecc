/**
 * astro.config.mjs loads with Node's own import(), which Astro tries first. One import Node
 * cannot resolve in a module the config imports (a folder such as '../i18n', a path without its
 * extension) makes Astro start a Vite server to load the config instead: 0.3 s of CPU in every
 * build (bench, 1 000 entries), with nothing in the log to show it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

test('Node loads astro.config.mjs without Vite', async () => {
  // The config clears a stale content store in its cache folder when loaded: give it an empty one.
  const cacheDir = await mkdtemp(path.join(tmpdir(), 'config-load-'));
  try {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [
        '--input-type=module',
        '--eval',
        "const { default: config } = await import('./astro.config.mjs'); console.log(config.integrations.length);",
      ],
      { cwd: root, env: { ...process.env, PORTAL_CACHE_DIR: cacheDir } },
    );
    expect(Number(stdout.trim())).toBeGreaterThan(0);
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}, 30_000);
