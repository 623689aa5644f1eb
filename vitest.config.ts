import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'server/**/*.test.ts'],
    environment: 'node',
    // The simulator referees run tens of thousands of requests: correctness, not speed, is what a
    // test checks here, so a busy machine must not fail them on vitest's 5 s default.
    testTimeout: 120_000,
  },
});
