/**
 * Browser tests over the built site. Run them with `npm run test:e2e`, which serves the build
 * and sets PORTAL_BASE_URL; one Chromium is shared by every test file (see e2e/chromium-setup.ts).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The sweeps over every sitemap page take far longer than any other file, so they start first
 * and the short files fill in beside them. Vitest orders by the last run's times when it has
 * them, but a fresh clone has none and then it runs larger files first: the sweeps are short
 * files, and started last they ran almost alone at the end (fresh clone, 4 Dec: axe began
 * about 220 s into the browser tests and was the last 286 s of them).
 */
const SWEEPS = ['test/e2e/a11y.test.ts', 'test/e2e/phone-width.test.ts'];
class SweepsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]) {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const index = SWEEPS.findIndex((sweep) => file.moduleId.endsWith(sweep));
      return index === -1 ? SWEEPS.length : index;
    };
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

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
    sequence: { sequencer: SweepsFirst },
  },
});
