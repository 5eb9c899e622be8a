// A mixed workload for the response cache: many distinct reads, some far more popular than others
// (Zipf), against a running Accord, while a steady trickle of writes is committed to its database
// from another connection (as other servers, imports or psql would). Prints the read throughput
// and the response cache's hit rate over the run, from the server's /metrics.
//
// tsx tests/scale-out/mixed-workload.ts --url http://127.0.0.1:4000 --database-url postgresql://…
//   [--seconds 30] [--connections 16] [--writes-per-second 5] [--distinct 3000]
import { parseArgs } from "node:util";
import pg from "pg";

const { values: options } = parseArgs({
  options: {
    url: { type: "string" },
    "database-url": { type: "string" },
    seconds: { type: "string", default: "30" },
    connections: { type: "string", default: "16" },
    "writes-per-second": { type: "string", default: "5" },
    distinct: { type: "string", default: "3000" },
  },
});
if (!options.url || !options["database-url"]) {
  console.error(
    "usage: tsx tests/scale-out/mixed-workload.ts --url <server> --database-url <its database> [--seconds n] [--connections n] [--writes-per-second n]",
  );
  process.exit(2);
}
const url = options.url;
const seconds = Number(options.seconds);
const database = new pg.Pool({ connectionString: options["database-url"], max: 2 });

/** Deterministic, so that runs compare. */
let state = 42;
function random(): number {
  state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
  return state / 2_147_483_648;
}
const one = <T>(items: T[]) => items[Math.floor(random() * items.length)] as T;

const slugs = async (table: string, limit: number) =>
  (await database.query<{ slug: string }>(`SELECT slug FROM ${table} ORDER BY md5(slug) LIMIT $1`, [limit])).rows.map(
    (row) => row.slug,
  );

const PERSON = "query Person($slug: String!) { person(slug: $slug) { name fullName country { name } } }";
const MEETING =
  "query Meeting($slug: String!) { meeting(slug: $slug) { title status date { value precision } placeCountry { name } } }";
const PARTICIPANTS =
  "query Participants($slug: String!) { meeting(slug: $slug) { title participants { edges { node { roleTitle person { name } } } } } }";
const COMMITMENT =
  "query Commitment($slug: String!) { commitment(slug: $slug) { statement kind status topic { name } meeting { title } } }";
const TOPIC_PAGE =
  "query TopicPage($topic: String) { commitments(first: 20, filter: { topic: $topic }) { edges { node { slug status } } } }";
const PEOPLE =
  "query People($name: String!) { people(first: 20, filter: { name: { startsWith: $name } }) { edges { node { name } } } }";

/** `distinct` different requests: lookups of four kinds (two thirds), topic pages and name searches. */
async function requests(distinct: number) {
  const [people, meetings, commitments, topics] = await Promise.all([
    slugs("person", distinct),
    slugs("meeting", distinct),
    slugs("commitment", distinct),
    slugs("topic", 100),
  ]);
  const kinds = [
    () => ({ query: PERSON, variables: { slug: one(people) } }),
    () => ({ query: MEETING, variables: { slug: one(meetings) } }),
    () => ({ query: PARTICIPANTS, variables: { slug: one(meetings) } }),
    () => ({ query: COMMITMENT, variables: { slug: one(commitments) } }),
    () => ({ query: TOPIC_PAGE, variables: { topic: one(topics) } }),
    () => ({ query: PEOPLE, variables: { name: one(people).slice(0, 2) } }),
  ];
  return Array.from({ length: distinct }, (_, i) => (kinds[i % kinds.length] as (typeof kinds)[number])());
}

/** Zipf-distributed index: request i is asked about 1/(i+1) as often as the first. */
function zipf(n: number): () => number {
  const weights = Array.from({ length: n }, (_, i) => 1 / (i + 1));
  const total = weights.reduce((sum, w) => sum + w, 0);
  const cumulative: number[] = [];
  let running = 0;
  for (const weight of weights) {
    running += weight / total;
    cumulative.push(running);
  }
  return () => {
    const target = random();
    let low = 0;
    let high = n - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] as number) < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

async function cacheLookups(): Promise<{ hit: number; miss: number }> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const count = (result: string) =>
    Number(new RegExp(`^accord_response_cache_lookups_total\\{result="${result}"\\} (\\d+)`, "m").exec(text)?.[1] ?? 0);
  return { hit: count("hit"), miss: count("miss") };
}

const WRITES = [
  "UPDATE commitment SET status = (ARRAY['OPEN','FULFILLED','DECLINED','DEFERRED'])[1 + floor(random() * 4)::int]::\"CommitmentStatus\" WHERE id = (SELECT id FROM commitment OFFSET floor(random() * 1000) LIMIT 1)",
  "UPDATE person SET name = name WHERE id = (SELECT id FROM person OFFSET floor(random() * 1000) LIMIT 1)",
  "UPDATE meeting SET title = title WHERE id = (SELECT id FROM meeting OFFSET floor(random() * 1000) LIMIT 1)",
];

const pool = await requests(Number(options.distinct));
const next = zipf(pool.length);
const before = await cacheLookups();
const deadline = Date.now() + seconds * 1000;
let reads = 0;
let errors = 0;
let writes = 0;

const writer = (async () => {
  const interval = 1000 / Number(options["writes-per-second"]);
  while (Date.now() < deadline) {
    await database.query(WRITES[writes % WRITES.length] as string);
    writes++;
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
})();
const readers = Array.from({ length: Number(options.connections) }, async () => {
  while (Date.now() < deadline) {
    const request = pool[next()];
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
    });
    const body = (await response.json()) as { errors?: unknown[] };
    if (response.status !== 200 || body.errors) errors++;
    reads++;
  }
});
await Promise.all([writer, ...readers]);
const after = await cacheLookups();
const hits = after.hit - before.hit;
const misses = after.miss - before.miss;
console.log(
  JSON.stringify({
    seconds,
    distinctRequests: pool.length,
    readsPerSecond: Math.round(reads / seconds),
    errors,
    writes,
    writesPerSecond: Number((writes / seconds).toFixed(1)),
    hitRate: Number((hits / Math.max(1, hits + misses)).toFixed(3)),
  }),
);
await database.end();
