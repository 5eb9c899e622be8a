import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql ships both ESM (.mjs) and CommonJS; Pothos loads one and our code the other unless
  // every import resolves to the same file ("Cannot use GraphQLEnumType from another realm").
  resolve: { alias: { graphql: "graphql/index.js" } },
  test: {
    include: ["tests/**/*.test.ts"],
    exclude: ["tests/bench/**", "tests/e2e/**", "node_modules/**"],
    globalSetup: ["tests/helpers/global-setup.ts"],
    setupFiles: ["tests/helpers/database-per-file.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // Suites send thousands of requests from one caller; the rate-limit tests set their own limits.
    // The response cache is off so that SQL counts measure the resolvers, and repeated requests
    // reach them; tests/performance/response-cache.test.ts turns it on.
    env: {
      NODE_ENV: "test",
      RATE_LIMIT_WRITES_PER_MINUTE: "1000000",
      RATE_LIMIT_SEARCHES_PER_MINUTE: "1000000",
      RESPONSE_CACHE_MB: "0",
    },
  },
});
