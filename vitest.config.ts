import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    globals: true,
    testTimeout: 15_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['test/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        // Real HTTP over loopback: no jsdom, no MSW.
        extends: true,
        test: { name: 'server', environment: 'node', include: ['test/server/**/*.test.ts'] },
      },
      {
        // Property tests over generated payloads (fixed seed unless FUZZ_SEED is set): the
        // slowest minutes of the suite, so `npm run test:unit` leaves them to `npm test`.
        extends: true,
        test: {
          name: 'fuzz',
          environment: 'jsdom',
          setupFiles: ['./test/setup.ts'],
          include: ['test/fuzz/**/*.test.{ts,tsx}'],
        },
      },
    ],
  },
});
