/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config gives unit tests the same `~/` alias and import.meta.env as the site.
export default getViteConfig({
  test: {
    include: ['tests/{unit,integration,dist}/**/*.test.ts'],
  },
});
