/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config so tests can import modules that use `import.meta.env` and `import.meta.glob`.
// Three projects: `unit` needs no build and answers in seconds (`npm run test:unit`); `site` reads the
// built HTML in dist/ and runs the content checker and scripts; `browser` drives Chromium against the
// build (and builds the sub-path and paginated variants first, once per run). `npm test` runs all three.
export default getViteConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/lib/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/validation/**/*.test.ts', 'tests/editor/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/hosting/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: { name: 'browser', include: ['tests/browser/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
    ],
    exclude: ['tests/.tmp/**', 'node_modules/**'],
  },
});
