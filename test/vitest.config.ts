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
    },
  },
  { root, logLevel: 'error' },
);
