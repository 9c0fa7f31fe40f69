import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // Adapter tests open loopback servers; keep them from competing for the two cores.
    maxWorkers: 2,
  },
});
