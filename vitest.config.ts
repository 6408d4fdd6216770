/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config so tests can import modules that use `import.meta.env` and `import.meta.glob`.
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    exclude: ['tests/.tmp/**', 'node_modules/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
