// Accord and the floor as the bench runs them: Accord built and started as `npm run serve` does
// (NODE_ENV=production), with or without its response cache; the floor under tsx.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import getPort from "get-port";
import { ROOT } from "./log.js";
import type { Options } from "./options.js";
import { type Child, startChild } from "./processes.js";

/** Node's arguments in `npm run serve` (flags, then the compiled server): the bench runs the same. */
export const SERVE_ARGS = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).scripts.serve as string)
  .split(" ")
  .slice(1);
const SERVER = SERVE_ARGS.at(-1) as string;

export function benchServerEnv(
  url: string,
  port: number,
  { pool, cache }: Pick<Options, "pool" | "cache">,
): Record<string, string> {
  return {
    NODE_ENV: "production",
    DATABASE_URL: url,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    DB_POOL_MAX: String(pool),
    // The bench is one client hammering the server: per-caller rate limits would measure the
    // limiter, not the server.
    RATE_LIMIT_SEARCHES_PER_MINUTE: "1000000000",
    RATE_LIMIT_WRITES_PER_MINUTE: "1000000000",
    // As deployed (the default, spelled out so nothing inherited can change it), unless --no-cache.
    RESPONSE_CACHE_MB: cache ? "16" : "0",
  };
}

/**
 * Accord from dist/ (run `npm run build` first); `cache: false` is every cache miss. Extra flags go
 * after the serve script's own: in NODE_OPTIONS they would lose to its --max-old-space-size.
 */
export async function startAccord(label: string, url: string, options: Options, cache: boolean): Promise<Child> {
  const port = await getPort();
  return startChild({
    label,
    command: process.execPath,
    args: [
      ...SERVE_ARGS.slice(0, -1),
      ...(options.diagnose ? ["--trace-gc"] : []),
      ...(options.nodeOptions?.split(/\s+/).filter(Boolean) ?? []),
      SERVER,
    ],
    env: { ...process.env, ...benchServerEnv(url, port, { ...options, cache: cache && options.cache }) },
    port,
    script: SERVER,
  });
}

export async function startFloor(url: string, pool: number): Promise<Child> {
  const port = await getPort();
  return startChild({
    label: "floor",
    command: join(ROOT, "node_modules/.bin/tsx"),
    args: ["tests/bench/floor.ts", "--database-url", url, "--port", String(port), "--pool", String(pool)],
    env: { ...process.env, NODE_ENV: "production" },
    port,
    script: "tests/bench/floor.ts",
  });
}
