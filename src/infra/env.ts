// Reads and validates configuration once. Every setting has a default that works on a
// fresh machine; see README "Configuration".
import { resolve } from "node:path";
import { z } from "zod";

const booleanSetting = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  /** A direct (or session-pooled) connection for LISTEN, when DATABASE_URL goes through a transaction pooler. */
  DATABASE_LISTEN_URL: z.string().url().optional(),
  DATA_DIR: z
    .string()
    .default(".data")
    .transform((dir) => resolve(dir)),
  /** Port for the embedded PostgreSQL; 0 picks a free one. */
  EMBEDDED_PG_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  DB_POOL_MAX: z.coerce.number().int().positive().default(10),
  DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** Longest wait for a pooled connection under load. */
  DB_POOL_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error"]).default("info"),
  /** Largest request body accepted, in bytes (imports carry whole documents). */
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(2_000_000),
  INTROSPECTION: booleanSetting.default("true"),
  /** A JSON file mapping operation hashes to documents; when set, only those operations run. */
  PERSISTED_OPERATIONS_FILE: z.string().optional(),
  /** Redis for rate-limit counters shared by several server processes; in-memory when unset. */
  REDIS_URL: z.string().url().optional(),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().positive().default(120),
  RATE_LIMIT_SEARCHES_PER_MINUTE: z.coerce.number().int().positive().default(300),
  /** An OpenTelemetry collector (e.g. http://localhost:4318); tracing is off when unset. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url().optional(),
  OTEL_SERVICE_NAME: z.string().default("accord"),
  /** Memory for cached query responses per server (their JSON size); 0 turns the cache off. */
  RESPONSE_CACHE_MB: z.coerce.number().min(0).default(16),
  /** The longest a cached response is served, even when no change is announced. */
  RESPONSE_CACHE_TTL_SECONDS: z.coerce.number().int().positive().default(300),
  /** Queries whose fields all have an SQL form run as one SQL statement: on (else graphql-js), off, or require (else an error). */
  COMPILED_READS: z.enum(["on", "off", "require"]).default("on"),
  /** Set when a trusted proxy in front sets X-Forwarded-For; otherwise clients could forge it. */
  TRUST_PROXY: booleanSetting.default("false"),
});

export type Env = z.infer<typeof envSchema>;

function readEnv(): Env {
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    // Configuration is read once at start: a bad value is the user's to fix, so one line, no stack.
    console.error(`accord: invalid configuration: ${problems}`);
    process.exit(1);
  }
  return parsed.data;
}

export const env = readEnv();
