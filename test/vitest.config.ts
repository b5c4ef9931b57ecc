/**
 * Unit tests: pure modules in src/lib/ and the schemas, run through Astro's Vite config so
 * virtual modules such as `astro:content` resolve exactly as they do in a build.
 */
import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default getViteConfig(
  {
    root,
    test: {
      include: ['test/unit/**/*.test.ts'],
      // Dates are formatted in Europe/Oslo whatever zone the machine is in; prove it.
      env: { TZ: 'America/New_York' },
      coverage: {
        enabled: true,
        provider: 'v8',
        // The data layer too: its tests read content/ behind a mocked getCollection
        // (test/support/content-store.ts), since Astro's content layer does not run under vitest.
        include: ['src/lib/**/*.ts'],
        // Runs only inside `astro build`, partly in a worker thread: the fixture build
        // test/build/parallel-render.test.ts checks it.
        exclude: ['src/lib/build/parallel-render.ts'],
        reporter: ['text-summary'],
        // A floor a little under today's numbers, so untested new logic shows up.
        thresholds: { statements: 85, branches: 75, functions: 80, lines: 85 },
      },
    },
  },
  { root, logLevel: 'error' },
);
