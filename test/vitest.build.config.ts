/**
 * Fixture builds: real `npm run build`s of small content trees, proving that editors'
 * mistakes fail the build with a usable message and that drafts are never published.
 * Slow (one build is 5–10 s). Every build has a workspace of its own (fixture-site.ts), so
 * two files run at once: a build waits on the disk and its child processes often enough that
 * the second one fills the gaps, also beside the browser tests in `npm test`.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/build/**/*.test.ts'],
    maxWorkers: 2,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    allowOnly: !process.env['CI'],
  },
});
