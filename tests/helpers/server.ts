// Hardening tests speak HTTP two ways: in-process through yoga.fetch (any method, headers and
// body, with the SQL statements counted), and to a real `src/index.ts` process started with its
// own environment (for settings read once at startup, signals and exit codes).
import getPort from "get-port";
import { db } from "../../src/infra/db.js";
import { yoga } from "../../src/server/yoga.js";
import { type Spawned, spawnScript } from "./spawn.js";

let statements = 0;
db.$on("query", () => {
  statements++;
});

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body, when it is JSON. */
  json: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> } | undefined;
  /** SQL statements sent while the request ran. */
  sql: number;
  ms: number;
}

async function toRaw(response: Response, started: number, sqlBefore: number): Promise<RawResponse> {
  const text = await response.text();
  let json: RawResponse["json"];
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return {
    status: response.status,
    headers: response.headers,
    text,
    json,
    sql: statements - sqlBefore,
    ms: performance.now() - started,
  };
}

/** Any request to the in-process server; `body` objects are sent as JSON. */
export async function request(
  init: { method?: string; path?: string; headers?: Record<string, string>; body?: unknown } = {},
): Promise<RawResponse> {
  const started = performance.now();
  const before = statements;
  const body =
    init.body === undefined
      ? undefined
      : typeof init.body === "string" || init.body instanceof FormData
        ? init.body
        : JSON.stringify(init.body);
  const headers = {
    ...(typeof init.body === "object" && !(init.body instanceof FormData)
      ? { "content-type": "application/json" }
      : {}),
    ...init.headers,
  };
  const response = await yoga.fetch(`http://accord.test${init.path ?? "/graphql"}`, {
    method: init.method ?? (body === undefined ? "GET" : "POST"),
    headers,
    body,
  });
  return toRaw(response, started, before);
}

/** A POSTed GraphQL operation, in process. */
export function postText(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return request({ body: { query, variables }, headers });
}

// --- Spawned servers ------------------------------------------------------------------------------

/** Starts `src/index.ts` with the test's environment plus `env` (an undefined value removes a variable). */
export function spawnAccord(env: Record<string, string | undefined>): Spawned {
  return spawnScript("src/index.ts", [], { NODE_ENV: "production", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env });
}

export interface Server extends Spawned {
  url: string;
  port: number;
  /** Sends a signal and waits for the exit (SIGKILL after `timeoutMs`). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts a server on a free port and waits until /ready answers 200. */
export async function startServer(env: Record<string, string | undefined> = {}, timeoutMs = 150_000): Promise<Server> {
  const port = await getPort();
  const spawned = spawnAccord({ PORT: String(port), ...env });
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  void spawned.exited.then(() => {
    exited = true;
  });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited) throw new Error(`the server exited while starting:\n${spawned.output()}`);
    if (Date.now() > deadline) {
      spawned.child.kill("SIGKILL");
      throw new Error(`the server was not ready after ${timeoutMs} ms:\n${spawned.output()}`);
    }
    const ready = await fetch(`${url}/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return {
    ...spawned,
    url,
    port,
    async stop(signal = "SIGTERM", stopTimeoutMs = 30_000) {
      if (spawned.child.exitCode !== null || spawned.child.signalCode !== null)
        return { code: spawned.child.exitCode, signal: spawned.child.signalCode };
      const timer = setTimeout(() => spawned.child.kill("SIGKILL"), stopTimeoutMs);
      spawned.child.kill(signal);
      const result = await spawned.exited;
      clearTimeout(timer);
      return result;
    },
  };
}

/** POSTs a GraphQL operation to a spawned server. */
export async function post(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{
  status: number;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: Record<string, unknown> | null;
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    },
  };
}

/** Words that must never reach a client: SQL, driver and ORM names, stack frames, hosts. */
export const LEAKS = [
  /prisma/i,
  /\bSELECT\b/,
  /\bINSERT\b/,
  /at \//,
  /node_modules/,
  /postgres/i,
  /127\.0\.0\.1/,
  /DriverAdapterError/,
  /\.ts:\d+/,
  /stack/i,
];
