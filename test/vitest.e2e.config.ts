/**
 * Browser tests over the built site. Run them with `npm run test:e2e`, which serves the build
 * and sets PORTAL_BASE_URL; one Chromium is shared by every test file (see e2e/chromium-setup.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/e2e/**/*.test.ts'],
    globalSetup: ['test/e2e/chromium-setup.ts'],
    testTimeout: 30_000,
    // test.concurrent runs at most this many pages at once: two cores, one shared Chromium.
    maxConcurrency: 2,
    // Two files at a time: most tests wait on Chromium or the server, so one file leaves a core idle.
    maxWorkers: 2,
    hookTimeout: 60_000,
    allowOnly: !process.env['CI'],
  },
});
