/**
 * Fixture builds: real `npm run build`s of small content trees, proving that editors'
 * mistakes fail the build with a usable message and that drafts are never published.
 * Slow (one build is 5–10 s), so files run one at a time.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['test/build/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    allowOnly: !process.env['CI'],
  },
});
