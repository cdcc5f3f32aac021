import { defineConfig } from 'vitest/config';
import { geojson } from './vite.config.ts';

export default defineConfig({
  test: {
    projects: [
      {
        // Profiles' control layers (.geojson) import like JSON, as in the app's build.
        plugins: [geojson()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Unit tests first, then the browser tests, each group with its own worker count.
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          sequence: { groupOrder: 1 },
          // Each file starts its own Chromium; two at a time suits a 2-core machine.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
