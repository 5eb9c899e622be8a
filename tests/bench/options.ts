// The bench's command line (see tests/bench/README.md for what each option means).
export interface Options {
  scale: number;
  quick: boolean;
  connections: number;
  databaseUrl?: string;
  /** The bench database's name; defaults to accord_bench_<scale>. */
  databaseName?: string;
  duration: number;
  warmup: number;
  only?: string[];
  pool: number;
  /** Node/V8 flags for Accord's processes only, after `npm run serve`'s own (so they win), e.g. heap limits to try. */
  nodeOptions?: string;
  /** With --diagnose: Accord runs with --trace-gc and each Accord run reports GC pauses and queueing (diagnostics.ts). */
  diagnose: boolean;
  /** False with --no-cache: every Accord target runs with its response cache off. */
  cache: boolean;
  /** False with --no-peer: PostGraphile is not installed or measured. */
  peer: boolean;
}

export function parseOptions(argv: string[]): Options {
  const options: Options = {
    scale: 1,
    quick: false,
    connections: 32,
    duration: 20,
    warmup: 5,
    pool: 10,
    cache: true,
    peer: true,
    diagnose: false,
  };
  let duration: number | undefined;
  let warmup: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    if (flag === "--scale") options.scale = Number(value());
    else if (flag === "--quick") options.quick = true;
    else if (flag === "--connections") options.connections = Number(value());
    else if (flag === "--database-url") options.databaseUrl = value();
    else if (flag === "--database-name") options.databaseName = value();
    else if (flag === "--duration") duration = Number(value());
    else if (flag === "--warmup") warmup = Number(value());
    else if (flag === "--only") options.only = value().split(",");
    else if (flag === "--pool") options.pool = Number(value());
    else if (flag === "--node-options") options.nodeOptions = value();
    else if (flag === "--no-cache") options.cache = false;
    else if (flag === "--no-peer") options.peer = false;
    else if (flag === "--diagnose") options.diagnose = true;
    else throw new Error(`unknown argument ${arg}`);
  }
  if (!(options.scale > 0)) throw new Error(`--scale must be positive, got ${options.scale}`);
  if (!(options.connections > 0)) throw new Error(`--connections must be positive, got ${options.connections}`);
  if (options.databaseName !== undefined && !/^[a-z_][a-z0-9_]*$/.test(options.databaseName))
    throw new Error(`--database-name must be a plain lower-case identifier, got ${options.databaseName}`);
  options.duration = duration ?? (options.quick ? 8 : 20);
  options.warmup = warmup ?? (options.quick ? 2 : 5);
  return options;
}
