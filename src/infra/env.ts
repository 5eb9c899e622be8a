// Reads and validates configuration once. Every setting has a default that works on a
// fresh machine; see README "Configuration".
import { resolve } from "node:path";
import { z } from "zod";

const booleanSetting = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

/** A comma-separated list; empty entries are dropped. */
const listSetting = z
  .string()
  .default("")
  .transform((value) =>
    value
      .split(",")
      .map((item) => item.trim())
      .filter(Boolean),
  );

const envSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    HOST: z.string().default("0.0.0.0"),
    DATABASE_URL: z.string().url().optional(),
    /** A direct (or session-pooled) connection for LISTEN, when DATABASE_URL goes through a transaction pooler. */
    DATABASE_LISTEN_URL: z.string().url().optional(),
    /** Streaming replicas for reads, comma-separated; reads go to the primary when none may serve. */
    DATABASE_REPLICA_URLS: listSetting.pipe(z.array(z.string().url())),
    /** A replica further behind the primary than this serves no reads until it catches up. */
    REPLICA_MAX_LAG_MS: z.coerce.number().int().positive().default(1_000),
    /** How often each replica's replay position is read (and sooner after every change). */
    REPLICA_CHECK_INTERVAL_MS: z.coerce.number().int().positive().default(1_000),
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
    /** Open subscriptions one caller (API key, else client address) may hold on one server. */
    SUBSCRIPTIONS_PER_CALLER: z.coerce.number().int().positive().default(10),
    /** Open subscriptions one server process holds at most, from all callers. */
    SUBSCRIPTIONS_MAX: z.coerce.number().int().positive().default(1000),
    /** Set when a trusted proxy in front sets X-Forwarded-For; otherwise clients could forge it. */
    TRUST_PROXY: booleanSetting.default("false"),
    /** Operation names besides GraphiQL's examples and the persisted operations that label metrics; others are "other". */
    METRICS_OPERATION_NAMES: listSetting.refine((names) => names.length <= 500, "at most 500 names"),
    /** Origins allowed to call the API from a browser; empty means any origin, never with credentials. */
    CORS_ORIGINS: listSetting,
    /** Longest a client may take to send a request's headers. */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
    /** Longest a client may take to send a whole request, body included. */
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    /** How long an idle keep-alive connection stays open after a response. */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().positive().default(5_000),
    /** Open connections at most; more are closed at once, so the process keeps file descriptors for its own work. */
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().positive().default(512),
    /** Queries whose fields all have an SQL form run as one SQL statement: on (else graphql-js), off, or require (else an error). */
    COMPILED_READS: z.enum(["on", "off", "require"]).default("on"),
  })
  .refine((settings) => settings.HTTP_HEADERS_TIMEOUT_MS <= settings.HTTP_REQUEST_TIMEOUT_MS, {
    message: "must not exceed HTTP_REQUEST_TIMEOUT_MS",
    path: ["HTTP_HEADERS_TIMEOUT_MS"],
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
