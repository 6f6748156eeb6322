import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const jsdom = { environment: 'jsdom', setupFiles: ['./test/setup.ts'] };

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    testTimeout: 15_000,
    // Vitest's default is one worker fewer than the cores: one worker on these 2-core machines.
    maxWorkers: 2,
    // Worker threads start and message faster than forked processes (test:unit 94 s → 80–84 s).
    pool: 'threads',
    projects: [
      {
        // One jsdom per worker, not per file: creating jsdom and loading Testing Library, MSW
        // and jest-dom again for each of ~80 files cost more than the tests themselves
        // (measured: 196 s isolated, 65 s shared). test/setup.ts resets what tests change.
        extends: true,
        test: {
          name: 'unit',
          ...jsdom,
          isolate: false,
          include: ['test/unit/**/*.test.{ts,tsx}'],
          exclude: ['test/unit/**/*.isolated.test.{ts,tsx}'],
        },
      },
      {
        // vi.mock replaces a module only in a fresh module graph, so files that mock one of
        // ours get their own. Vitest starts projects in name order, and a project's first file
        // waits for new workers: named 'isolated', its two files run first instead of after all
        // the unit files, where they kept both workers waiting 3 s (test:unit 82 s → 76 s).
        extends: true,
        test: {
          name: 'isolated',
          ...jsdom,
          include: ['test/unit/**/*.isolated.test.{ts,tsx}'],
        },
      },
      {
        // Real HTTP over loopback: no jsdom, no MSW. Every test builds its own app, servers and
        // temp files, so files share the module graph (import time fell from 23 s to 5 s).
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          isolate: false,
          include: ['test/server/**/*.test.ts'],
        },
      },
      {
        // Property tests over generated payloads (fixed seed unless FUZZ_SEED is set): the
        // slowest minutes of the suite, so `npm run test:unit` leaves them to `npm test`.
        extends: true,
        test: {
          name: 'fuzz',
          ...jsdom,
          include: ['test/fuzz/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
