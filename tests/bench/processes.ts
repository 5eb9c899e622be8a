// The servers under test as child processes: started and timed to their first 200 on /ready,
// stopped, and watched through /proc (RSS, CPU seconds, and PostgreSQL's backends for the bench
// database).
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { ROOT } from "./log.js";

export interface Child {
  process: ChildProcess;
  /** The pid of the process that serves (tsx runs the script in a child of its own). */
  serverPid: number;
  port: number;
  startupMs: number;
  output: string[];
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The deepest descendant running `script`, else the process itself. */
function serverPidOf(pid: number, script: string): number {
  const queue = [pid];
  let found = pid;
  while (queue.length) {
    const next = queue.shift() as number;
    try {
      if (readFileSync(`/proc/${next}/cmdline`, "utf8").includes(script)) found = next;
    } catch {}
    queue.push(...childrenOf(next));
  }
  return found;
}

const CLOCK_TICKS = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** CPU seconds (user + system) a process has used. */
export function cpuSeconds(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/**
 * CPU seconds used so far by each PostgreSQL backend serving `database` (their titles read
 * "postgres: user database host(port) state"), so other servers on the machine do not count.
 */
export function postgresCpuSeconds(database: string): Map<number, number> {
  const seconds = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (!stat.slice(stat.indexOf("(") + 1, stat.lastIndexOf(")")).startsWith("postgres")) continue;
      if (!readFileSync(`/proc/${entry}/cmdline`, "utf8").includes(` ${database} `)) continue;
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      seconds.set(Number(entry), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {}
  }
  return seconds;
}

/** CPU seconds the backends used between two snapshots (a backend that exited meanwhile is not counted). */
export function postgresCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
  let total = 0;
  for (const [pid, seconds] of after) total += seconds - (before.get(pid) ?? 0);
  return total;
}

export function rssMb(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

export interface ChildSpec {
  label: string;
  command: string;
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  /** What the serving process's command line contains (to find it below a wrapper such as tsx). */
  script: string;
  cwd?: string;
  /** Whether the server answers yet; defaults to a 200 on GET /ready. */
  ready?: (port: number) => Promise<boolean>;
}

const answersReady = (port: number) =>
  fetch(`http://127.0.0.1:${port}/ready`).then(
    (r) => r.status === 200,
    () => false,
  );

export async function startChild({
  label,
  command,
  args,
  env,
  port,
  script,
  cwd = ROOT,
  ready = answersReady,
}: ChildSpec): Promise<Child> {
  const output: string[] = [];
  const spawnedAt = performance.now();
  const child = spawn(command, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk) => output.push(String(chunk)));
  child.stderr?.on("data", (chunk) => output.push(String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  const deadline = spawnedAt + 120_000;
  while (performance.now() < deadline) {
    const code = await Promise.race([exited, new Promise<"pending">((r) => setTimeout(() => r("pending"), 25))]);
    if (code !== "pending")
      throw new Error(`${label} exited with ${code} before it was ready:\n${output.join("").slice(-3000)}`);
    if (await ready(port)) {
      const startupMs = performance.now() - spawnedAt;
      return { process: child, serverPid: serverPidOf(child.pid as number, script), port, startupMs, output };
    }
  }
  child.kill("SIGKILL");
  throw new Error(`${label} was not ready within 120 s:\n${output.join("").slice(-3000)}`);
}

export async function stopChild(child: Child | undefined): Promise<void> {
  if (!child || child.process.exitCode !== null) return;
  const exited = new Promise((resolve) => child.process.once("exit", resolve));
  child.process.kill("SIGTERM");
  const timer = setTimeout(() => child.process.kill("SIGKILL"), 25_000);
  await exited;
  clearTimeout(timer);
}
