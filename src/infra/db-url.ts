import type { PoolConfig } from "pg";

/** Splits a postgres:// URL into the discrete fields the pg driver adapter expects. */
export function poolConfigFromUrl(url: string): PoolConfig {
  const parsed = new URL(url);
  if (!["postgres:", "postgresql:"].includes(parsed.protocol)) {
    throw new Error(`DATABASE_URL must start with postgres:// or postgresql://, got "${parsed.protocol}//"`);
  }
  return {
    host: decodeURIComponent(parsed.hostname) || "localhost",
    port: parsed.port ? Number(parsed.port) : 5432,
    user: decodeURIComponent(parsed.username) || undefined,
    password: decodeURIComponent(parsed.password) || undefined,
    database: decodeURIComponent(parsed.pathname.slice(1)) || undefined,
  };
}
