// `npm run seed:synthetic -- --scale <n> [--database-url URL] [--seed N]`
//
// Generates a large, realistic, deterministic dataset on top of the real seed, for benchmarks
// and scale tests: countries with organization trees (government, ministries, bureaus, armed
// forces, embassies), international bodies with missions, people with dated positions,
// generated press releases whose bodies contain every quoted sentence, citations at their
// code-point offsets, meetings with 2–12 participants, and commitments with makers,
// addressees, topics and response threads.
//
// Scale 1 is 10,000 meetings and 100,000 commitments (see planFor). The same seed gives the
// same rows, uuids included: ids are derived from (seed, table, row number), never random.
//
// All-or-nothing: everything is written in one transaction, so a failed or interrupted run
// leaves the database as it was and can simply be run again. A database that already holds
// synthetic data (source documents whose slug starts with "synthetic-") is refused, as is one
// that is not migrated or holds no seed.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import pg from "pg";
import { documentReference, dueColumns } from "../../src/modules/commitment/due-wording.js";
import { codePointLength } from "../../src/modules/dataset/quotes.js";
import { Batch, type TableStats } from "./bulk.js";
import { buildNamePools, type NamePool } from "./names.js";
import { makeIdFactory, Rng, slugify, WeightedTable } from "./random.js";
import {
  ACTIONS,
  CHROME_LINES,
  CLAUSES,
  COUNTRIES,
  type CountrySpec,
  DUE_TEXTS,
  EMBASSIES_PER_COUNTRY,
  EMBASSY_TITLES,
  INTERNATIONAL,
  INTERNATIONAL_TITLES,
  MEETING_KINDS,
  ORG_TEMPLATES,
  SENTIMENT_OBJECTS,
  SENTIMENTS,
  SERIES_FORMATS,
  STATUS_REASONS,
  TOPICS,
  UN_MISSIONS,
} from "./vocabulary.js";

export const DEFAULT_SEED = 20261127;
/** Every synthetic source document's slug starts with this; its presence marks a generated database. */
export const SYNTHETIC_PREFIX = "synthetic-";

/** A one-line, user-facing reason the generator refused or failed. */
export class SyntheticDataError extends Error {
  override name = "SyntheticDataError";
}

/** Row counts the generator adds for a scale. Tables not listed here vary with the draw (see GenerateResult). */
export interface Plan {
  countries: number;
  internationalBodies: number;
  organizations: number;
  topics: number;
  people: number;
  meetings: number;
  commitments: number;
}

export function planFor(scale: number): Plan {
  if (!Number.isFinite(scale) || scale <= 0) throw new SyntheticDataError(`--scale must be a positive number, got ${scale}`);
  const meetings = Math.round(10_000 * scale);
  const commitments = Math.round(100_000 * scale);
  if (meetings < 2) throw new SyntheticDataError(`--scale ${scale} is too small: it must give at least 2 meetings (scale >= 0.00015)`);
  const countries = clamp(Math.round(40 * Math.sqrt(scale)), 4, COUNTRIES.length);
  const internationalBodies = clamp(Math.round(5 * Math.sqrt(scale)), 2, INTERNATIONAL.length);
  const perInternational = 1 + 2; // the body and its two sub-bodies
  return {
    countries,
    internationalBodies,
    organizations: countries * (ORG_TEMPLATES.length + EMBASSIES_PER_COUNTRY) + internationalBodies * perInternational + UN_MISSIONS.length,
    topics: TOPICS.length,
    people: Math.max(Math.round(5_000 * scale), countries * 4 + internationalBodies * 3),
    meetings,
    commitments,
  };
}

export const TABLES = [
  "country",
  "topic",
  "organization",
  "person",
  "source_document",
  "citation",
  "position",
  "meeting",
  "participation",
  "commitment",
  "commitment_party",
  "commitment_status_change",
] as const;
export type Table = (typeof TABLES)[number];

export interface GenerateOptions {
  /** A migrated database that holds the seed. */
  databaseUrl: string;
  scale: number;
  seed?: number;
  /** Progress lines; default console.log. */
  log?: (line: string) => void;
  /** Called after every batch written; throwing aborts the run (and rolls everything back). */
  onBatch?: (table: Table, rowsSoFar: number) => void;
}

export interface GenerateResult {
  seed: number;
  scale: number;
  plan: Plan;
  /** Rows added per table, and time spent writing them. */
  tables: Record<Table, TableStats & { rowsPerSecond: number }>;
  totalRows: number;
  seconds: number;
}

// ---------------------------------------------------------------------------------------------
// The run: checks, one transaction, batched writes.

export async function generateSynthetic(options: GenerateOptions): Promise<GenerateResult> {
  const seed = options.seed ?? DEFAULT_SEED;
  const plan = planFor(options.scale);
  const log = options.log ?? ((line: string) => console.log(line));
  const client = new pg.Client({ connectionString: options.databaseUrl, application_name: "accord-synthetic" });
  try {
    await client.connect();
  } catch (error) {
    throw new SyntheticDataError(`cannot connect to the database: ${(error as Error).message}`);
  }
  try {
    await checkDatabase(client);
    const started = performance.now();
    await client.query("BEGIN");
    try {
      await client.query("SET LOCAL statement_timeout = 0");
      // GIN indexes (full text, trigrams) take bulk inserts far faster through a large pending
      // list that is merged in big sorted runs.
      await client.query("SET LOCAL gin_pending_list_limit = '64MB'");
      await client.query("SET LOCAL work_mem = '256MB'");
      // Two runs at once would both pass the marker check; the second waits here instead.
      await client.query("SELECT pg_advisory_xact_lock(hashtext('accord-synthetic'))");
      await checkNotGenerated(client);
      const generator = new Generator(client, seed, options.scale, plan, log, options.onBatch);
      await generator.run();
      await client.query(`ANALYZE ${TABLES.map((t) => `"${t}"`).join(", ")}`);
      await client.query("COMMIT");
      const seconds = (performance.now() - started) / 1000;
      const result = generator.result(seconds);
      log(
        `synthetic: committed ${result.totalRows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(result.totalRows / seconds).toLocaleString("en-US")} rows/s overall, seed ${seed}, scale ${options.scale})`,
      );
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    }
  } finally {
    await client.end().catch(() => {});
  }
}

const MIGRATIONS_DIR = fileURLToPath(new URL("../../prisma/migrations/", import.meta.url));

/** Refuses a database that is not migrated (or only partly) or that holds no seed. */
async function checkDatabase(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ name: string }>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = current_schema()");
  const present = new Set(rows.map((r) => r.name));
  if (!present.has("_prisma_migrations")) {
    throw new SyntheticDataError("database is not migrated (no _prisma_migrations table): run `npm run db:migrate` and `npm run seed` first");
  }
  const missing = TABLES.filter((t) => !present.has(t));
  if (missing.length) throw new SyntheticDataError(`database is not migrated: tables ${missing.join(", ")} are missing; run \`npm run db:migrate\` first`);
  const expected = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const applied = await client.query<{ name: string }>(
    "SELECT migration_name AS name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL",
  );
  const done = new Set(applied.rows.map((r) => r.name));
  const pending = expected.filter((name) => !done.has(name));
  if (pending.length)
    throw new SyntheticDataError(`database is not migrated: ${pending.length} pending migration(s) (${pending.join(", ")}); run \`npm run db:migrate\` first`);
  await checkNotGenerated(client);
  const seeded = await client.query("SELECT 1 FROM source_document WHERE slug NOT LIKE 'synthetic-%' LIMIT 1");
  if (!seeded.rowCount) throw new SyntheticDataError("database holds no seed data: load it first with `npm run seed`");
}

async function checkNotGenerated(client: pg.ClientBase): Promise<void> {
  const marker = await client.query<{ slug: string }>("SELECT slug FROM source_document WHERE slug LIKE 'synthetic-%' LIMIT 1");
  if (marker.rowCount) {
    throw new SyntheticDataError(`database already holds synthetic data (source document "${marker.rows[0]?.slug}"); generate into a fresh, seeded database`);
  }
}

// ---------------------------------------------------------------------------------------------
// In-memory model of what is generated before it is written.

type Precision = "DAY" | "MONTH" | "YEAR";
type Side = "HOST" | "GUEST";

interface Org {
  id: string;
  kind: string;
  name: string;
  countryId: string | null;
  titles: string[];
  /** Relative chance that a person of its actor works here. */
  weight: number;
}

interface Position {
  id: string;
  org: Org;
  title: string;
  start: string | null;
  startPrecision: Precision | null;
  current: boolean;
}

interface Person {
  id: string;
  name: string;
  fullName: string | null;
  /** How the person is printed in running text: the full name when known. */
  printed: string;
  countryId: string | null;
  positions: Position[];
}

/** Someone a meeting can have on one side: a country's delegation or an international body's. */
interface Actor {
  key: string;
  label: string;
  /** Country represented, or null for an international body. */
  countryId: string | null;
  country?: CountrySpec;
  orgs: Org[];
  people: Person[];
  picker?: WeightedTable<Person>;
  weight: number;
  publisher: string;
}

interface MeetingPlan {
  index: number;
  kind: (typeof MEETING_KINDS)[number]["kind"];
  host: Actor;
  guests: Actor[];
  date: string | null;
  precision: Precision | null;
  dateInferred: boolean;
  status: "PLANNED" | "SCHEDULED" | "POSTPONED" | "HELD" | "CANCELLED";
  originalDate: string | null;
  statusReason: string | null;
  series: string | null;
  sequence: number | null;
  topics: Topic[];
  weight: number;
  commitments: number;
}

interface Topic {
  id: string;
  key: string;
  object: string;
}

interface Participant {
  person: Person;
  position: Position;
  actor: Actor;
  side: Side;
  orgId: string | null;
  countryId: string | null;
}

/** A document under construction: appends text and records where each cited sentence lands. */
class DocumentText {
  private parts: string[] = [];
  private length = 0;

  add(text: string): void {
    this.parts.push(text);
    this.length += codePointLength(text);
  }

  /** Appends a sentence and returns its [start, end) in code points. */
  sentence(text: string): [number, number] {
    const start = this.length;
    this.add(text);
    return [start, this.length];
  }

  get body(): string {
    return this.parts.join("");
  }
}

const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2026, 11, 31) / DAY_MS;
/** Meetings after this day are still to come in the synthetic world. */
const PRESENT_DAY = Date.UTC(2025, 8, 30) / DAY_MS;
/** created_at of synthetic rows: fixed, so reruns produce identical rows. */
const CREATED_BASE = Date.UTC(2024, 0, 1);

const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const timestamp = (table: number, index: number) => new Date(CREATED_BASE + table * 10_000_000_000 + index * 1000).toISOString();

function truncate(date: string, precision: Precision): string {
  return precision === "DAY" ? date : precision === "MONTH" ? `${date.slice(0, 7)}-01` : `${date.slice(0, 4)}-01-01`;
}

function datePhrase(date: string, precision: Precision, withYear = true): string {
  const [year, month, day] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  if (precision === "YEAR") return year;
  if (precision === "MONTH") return withYear ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]}`;
  return withYear ? `${MONTHS[month - 1]} ${day}, ${year}` : `${MONTHS[month - 1]} ${day}`;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function listPhrase(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

// ---------------------------------------------------------------------------------------------

class Generator {
  private readonly rng: Rng;
  private readonly ids: Record<Table, (index: number) => string>;
  private readonly counters: Record<Table, number>;
  private readonly batches: Record<Table, Batch>;
  private actors: Actor[] = [];
  private countryActors: Actor[] = [];
  private topics: Topic[] = [];
  private meetings: MeetingPlan[] = [];
  private lastProgress = performance.now();
  private readonly started = performance.now();

  constructor(
    private readonly client: pg.Client,
    private readonly seed: number,
    private readonly scale: number,
    private readonly plan: Plan,
    private readonly log: (line: string) => void,
    private readonly onBatch?: (table: Table, rows: number) => void,
  ) {
    this.rng = new Rng(seed);
    this.ids = Object.fromEntries(TABLES.map((t) => [t, makeIdFactory(seed, t)])) as Record<Table, (index: number) => string>;
    this.counters = Object.fromEntries(TABLES.map((t) => [t, 0])) as Record<Table, number>;
    const ts = "timestamptz";
    this.batches = {
      country: new Batch("country", [
        ["id", "uuid"],
        ["slug", "text"],
        ["name", "text"],
        ["created_at", ts],
      ]),
      topic: new Batch("topic", [
        ["id", "uuid"],
        ["slug", "text"],
        ["name", "text"],
      ]),
      organization: new Batch("organization", [
        ["id", "uuid"],
        ["slug", "text"],
        ["name", "text"],
        ["acronym", "text"],
        ["kind", '"OrganizationKind"'],
        ["country_id", "uuid"],
        ["parent_id", "uuid"],
        ["created_at", ts],
        ["updated_at", ts],
      ]),
      person: new Batch("person", [
        ["id", "uuid"],
        ["slug", "text"],
        ["name", "text"],
        ["full_name", "text"],
        ["country_id", "uuid"],
        ["created_at", ts],
        ["updated_at", ts],
      ]),
      source_document: new Batch(
        "source_document",
        [
          ["id", "uuid"],
          ["slug", "text"],
          ["title", "text"],
          ["publisher", "text"],
          ["url", "text"],
          ["published_on", "date"],
          ["published_precision", '"DatePrecision"'],
          ["published_basis", '"Basis"'],
          ["published_note", "text"],
          ["note", "text"],
          ["language", "text"],
          ["body", "text"],
          ["created_at", ts],
          ["updated_at", ts],
        ],
        1000,
      ),
      citation: new Batch("citation", [
        ["id", "uuid"],
        ["document_id", "uuid"],
        ["start_offset", "int4"],
        ["end_offset", "int4"],
        ["quote", "text"],
        ["created_at", ts],
      ]),
      position: new Batch("position", [
        ["id", "uuid"],
        ["slug", "text"],
        ["person_id", "uuid"],
        ["organization_id", "uuid"],
        ["title", "text"],
        ["start_date", "date"],
        ["start_precision", '"DatePrecision"'],
        ["end_date", "date"],
        ["end_precision", '"DatePrecision"'],
        ["current", "bool"],
        ["basis", '"Basis"'],
        ["note", "text"],
        ["citation_id", "uuid"],
        ["created_at", ts],
        ["updated_at", ts],
      ]),
      meeting: new Batch("meeting", [
        ["id", "uuid"],
        ["slug", "text"],
        ["title", "text"],
        ["kind", '"MeetingKind"'],
        ["status", '"MeetingStatus"'],
        ["status_reason", "text"],
        ["date", "date"],
        ["date_precision", '"DatePrecision"'],
        ["date_basis", '"Basis"'],
        ["date_note", "text"],
        ["original_date", "date"],
        ["original_date_precision", '"DatePrecision"'],
        ["original_date_basis", '"Basis"'],
        ["original_date_note", "text"],
        ["place", "text"],
        ["place_country_id", "uuid"],
        ["series", "text"],
        ["sequence_number", "int4"],
        ["summary", "text"],
        ["basis", '"Basis"'],
        ["citation_id", "uuid"],
        ["created_at", ts],
        ["updated_at", ts],
      ]),
      participation: new Batch("participation", [
        ["id", "uuid"],
        ["meeting_id", "uuid"],
        ["person_id", "uuid"],
        ["position_id", "uuid"],
        ["organization_id", "uuid"],
        ["country_id", "uuid"],
        ["role_title", "text"],
        ["side", '"ParticipationSide"'],
        ["ordinal", "int4"],
        ["basis", '"Basis"'],
        ["citation_id", "uuid"],
        ["created_at", ts],
      ]),
      commitment: new Batch("commitment", [
        ["id", "uuid"],
        ["slug", "text"],
        ["kind", '"CommitmentKind"'],
        ["statement", "text"],
        ["status", '"CommitmentStatus"'],
        ["meeting_id", "uuid"],
        ["topic_id", "uuid"],
        ["responds_to_id", "uuid"],
        ["due_date", "date"],
        ["due_precision", '"DatePrecision"'],
        ["due_text", "text"],
        ["due_basis", '"Basis"'],
        ["due_note", "text"],
        ["due_as_soon_as_possible", "bool"],
        ["basis", '"Basis"'],
        ["citation_id", "uuid"],
        ["created_at", ts],
        ["updated_at", ts],
      ]),
      commitment_party: new Batch("commitment_party", [
        ["id", "uuid"],
        ["commitment_id", "uuid"],
        ["role", '"PartyRole"'],
        ["person_id", "uuid"],
        ["organization_id", "uuid"],
        ["country_id", "uuid"],
        ["position", "int4"],
      ]),
      commitment_status_change: new Batch("commitment_status_change", [
        ["id", "uuid"],
        ["commitment_id", "uuid"],
        ["from_status", '"CommitmentStatus"'],
        ["to_status", '"CommitmentStatus"'],
        ["note", "text"],
        ["citation_id", "uuid"],
        ["changed_at", ts],
      ]),
    };
  }

  private next(table: Table): { id: string; index: number } {
    const index = this.counters[table]++;
    return { id: this.ids[table](index), index };
  }

  private async flush(...tables: Table[]): Promise<void> {
    for (const table of tables) {
      const batch = this.batches[table];
      if (!batch.pending) continue;
      await batch.flush(this.client);
      this.onBatch?.(table, batch.stats.rows);
    }
  }

  async run(): Promise<void> {
    const { plan } = this;
    this.log(
      `synthetic: scale ${this.scale} (seed ${this.seed}): ${plan.meetings.toLocaleString("en-US")} meetings, ${plan.commitments.toLocaleString("en-US")} commitments, ` +
        `${plan.people.toLocaleString("en-US")} people, ${plan.countries} countries, ${plan.organizations} organizations`,
    );
    await this.countriesAndOrganizations();
    await this.topicsTable();
    await this.people();
    this.planMeetings();
    await this.statusHistoryTrigger("DISABLE");
    const chunk = 500;
    for (let start = 0; start < this.meetings.length; start += chunk) {
      for (const meeting of this.meetings.slice(start, start + chunk)) this.meeting(meeting);
      await this.flush("source_document", "citation", "meeting", "participation", "commitment", "commitment_party", "commitment_status_change");
      this.progress(Math.min(start + chunk, this.meetings.length));
    }
    await this.statusHistoryTrigger("ENABLE");
    for (const table of TABLES) {
      const stats = this.batches[table].stats;
      const rate = stats.ms > 0 ? Math.round((stats.rows / stats.ms) * 1000) : 0;
      this.log(
        `synthetic: ${table.padEnd(24)} ${String(stats.rows).padStart(9)} rows  ${(stats.ms / 1000).toFixed(1).padStart(6)} s  ${rate.toLocaleString("en-US").padStart(9)} rows/s`,
      );
    }
  }

  /**
   * The database records every commitment status in commitment_status_change by trigger, with
   * gen_random_uuid() ids and now() times. The generator writes that history itself, with
   * deterministic ids and times, so it switches the trigger off for its own inserts. ALTER TABLE
   * is transactional and locks the table: no other session can write a commitment unrecorded,
   * and a failed run leaves the trigger as it was.
   */
  private async statusHistoryTrigger(action: "DISABLE" | "ENABLE"): Promise<void> {
    const found = await this.client.query("SELECT 1 FROM pg_trigger WHERE tgrelid = 'commitment'::regclass AND tgname = 'commitment_record_status'");
    if (!found.rowCount) return;
    await this.client.query(`ALTER TABLE "commitment" ${action} TRIGGER "commitment_record_status"`).catch((error: Error) => {
      throw new SyntheticDataError(
        `cannot ${action.toLowerCase()} the commitment status-history trigger (${error.message}): connect as the role that owns the tables (the one that ran the migrations)`,
      );
    });
  }

  private progress(meetingsDone: number): void {
    const now = performance.now();
    if (now - this.lastProgress < 2000 && meetingsDone < this.meetings.length) return;
    this.lastProgress = now;
    const rows = TABLES.reduce((sum, t) => sum + this.batches[t].stats.rows, 0);
    const seconds = (now - this.started) / 1000;
    const perTable = (["meeting", "participation", "commitment", "commitment_party", "citation"] as const)
      .map((t) => {
        const s = this.batches[t].stats;
        return `${t} ${s.ms > 0 ? Math.round((s.rows / s.ms) * 1000).toLocaleString("en-US") : "-"}/s`;
      })
      .join(", ");
    this.log(
      `synthetic: ${meetingsDone.toLocaleString("en-US")}/${this.meetings.length.toLocaleString("en-US")} meetings, ${rows.toLocaleString("en-US")} rows in ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString("en-US")} rows/s; ${perTable})`,
    );
  }

  result(seconds: number): GenerateResult {
    const tables = Object.fromEntries(
      TABLES.map((t) => {
        const s = this.batches[t].stats;
        return [t, { rows: s.rows, ms: Math.round(s.ms), rowsPerSecond: s.ms > 0 ? Math.round((s.rows / s.ms) * 1000) : 0 }];
      }),
    ) as GenerateResult["tables"];
    return { seed: this.seed, scale: this.scale, plan: this.plan, tables, totalRows: TABLES.reduce((sum, t) => sum + tables[t].rows, 0), seconds };
  }

  // --- countries and organizations ---------------------------------------------------------

  private async countriesAndOrganizations(): Promise<void> {
    const existing = await this.client.query<{ slug: string }>("SELECT slug FROM country");
    const taken = new Set(existing.rows.map((r) => r.slug));
    const specs = COUNTRIES.filter((c) => !taken.has(c.code)).slice(0, this.plan.countries);
    if (specs.length < this.plan.countries)
      throw new SyntheticDataError(`only ${specs.length} unused country codes are left for ${this.plan.countries} synthetic countries`);
    const un = await this.client.query<{ id: string }>("SELECT id FROM organization WHERE slug = 'united-nations'");
    const unId = un.rows[0]?.id ?? null;

    // Organizations are written parents first: the ancestor_ids trigger reads the parent row.
    const byDepth: Array<Array<() => void>> = [[], [], [], []];
    const org = (
      depth: number,
      spec: {
        slug: string;
        name: string;
        acronym?: string | null;
        kind: string;
        countryId: string | null;
        parentId: string | null;
        titles: string[];
        weight: number;
      },
    ): Org => {
      const { id, index } = this.next("organization");
      const created = timestamp(2, index);
      (byDepth[depth] as Array<() => void>).push(() =>
        this.batches.organization.push(id, spec.slug, spec.name, spec.acronym ?? null, spec.kind, spec.countryId, spec.parentId, created, created),
      );
      return { id, kind: spec.kind, name: spec.name, countryId: spec.countryId, titles: spec.titles, weight: spec.weight };
    };

    const depthOf = (key: string): number => {
      const template = ORG_TEMPLATES.find((t) => t.key === key);
      return template?.parent ? depthOf(template.parent) + 1 : 0;
    };
    const orgWeights: Record<string, number> = { government: 1, mofa: 3, mod: 3, forces: 1, "joint-staff": 2, army: 1.5, navy: 1.5, "air-force": 1 };

    for (const [i, spec] of specs.entries()) {
      const { id: countryId, index } = this.next("country");
      this.batches.country.push(countryId, spec.code, spec.name, timestamp(1, index));
      const ids = new Map<string, string>();
      const orgs: Org[] = [];
      for (const template of ORG_TEMPLATES) {
        const created = org(depthOf(template.key), {
          slug: `${SYNTHETIC_PREFIX}${spec.code}-${template.key}`,
          name: template.name(spec),
          acronym: template.acronym ?? null,
          kind: template.kind,
          countryId,
          parentId: template.parent ? (ids.get(template.parent) as string) : null,
          titles: template.titles,
          weight: orgWeights[template.key] ?? 1.2,
        });
        ids.set(template.key, created.id);
        orgs.push(created);
      }
      for (let e = 1; e <= EMBASSIES_PER_COUNTRY; e++) {
        const host = specs[(i + e) % specs.length] as CountrySpec;
        orgs.push(
          org(depthOf("mofa") + 1, {
            slug: `${SYNTHETIC_PREFIX}${spec.code}-embassy-in-${host.code}`,
            name: `Embassy of ${spec.name} in ${host.name}`,
            kind: "DIPLOMATIC_MISSION",
            countryId,
            parentId: ids.get("mofa") as string,
            titles: EMBASSY_TITLES.map((t) => (t.startsWith("Ambassador") ? `${t} to ${host.name}` : t)),
            weight: 0.8,
          }),
        );
      }
      const actor: Actor = {
        key: spec.code,
        label: spec.name,
        countryId,
        country: spec,
        orgs,
        people: [],
        weight: spec.weight,
        publisher: `Ministry of Defense of ${spec.name}`,
      };
      this.actors.push(actor);
      this.countryActors.push(actor);
    }

    for (const spec of INTERNATIONAL.slice(0, this.plan.internationalBodies)) {
      const parent = org(0, {
        slug: `${SYNTHETIC_PREFIX}${spec.key}`,
        name: spec.name,
        acronym: spec.acronym,
        kind: spec.kind,
        countryId: null,
        parentId: null,
        titles: INTERNATIONAL_TITLES[spec.kind] as string[],
        weight: 3,
      });
      const orgs = [parent];
      for (const child of spec.children) {
        orgs.push(
          org(1, {
            slug: `${SYNTHETIC_PREFIX}${child.key}`,
            name: child.name,
            acronym: child.acronym ?? null,
            kind: child.kind,
            countryId: null,
            parentId: parent.id,
            titles: INTERNATIONAL_TITLES[child.kind] as string[],
            weight: 1,
          }),
        );
      }
      this.actors.push({
        key: spec.key,
        label: spec.acronym ? `${spec.name} (${spec.acronym})` : spec.name,
        countryId: null,
        orgs,
        people: [],
        weight: 2,
        publisher: spec.name,
      });
    }
    // Missions under the seed's United Nations, staffed by a UN actor of their own.
    const unOrgs = UN_MISSIONS.map((mission) =>
      org(1, {
        slug: `${SYNTHETIC_PREFIX}${mission.key}`,
        name: mission.name,
        acronym: mission.acronym,
        kind: "PEACEKEEPING_MISSION",
        countryId: null,
        parentId: unId,
        titles: INTERNATIONAL_TITLES.PEACEKEEPING_MISSION as string[],
        weight: 1,
      }),
    );
    this.actors.push({
      key: "un-missions",
      label: "United Nations",
      countryId: null,
      orgs: unOrgs,
      people: [],
      weight: 2,
      publisher: "United Nations Department of Peace Operations",
    });

    await this.flush("country");
    for (const level of byDepth) {
      for (const push of level) push();
      await this.flush("organization");
    }
  }

  private async topicsTable(): Promise<void> {
    const seedTopics = await this.client.query<{ id: string; slug: string; name: string }>("SELECT id, slug, name FROM topic ORDER BY slug");
    for (const t of seedTopics.rows) this.topics.push({ id: t.id, key: t.slug, object: t.name.charAt(0).toLowerCase() + t.name.slice(1) });
    for (const topic of TOPICS) {
      const { id } = this.next("topic");
      this.batches.topic.push(id, `${SYNTHETIC_PREFIX}${topic.key}`, topic.name);
      this.topics.push({ id, key: topic.key, object: topic.object });
    }
    await this.flush("topic");
  }

  // --- people, positions and the personnel releases citing them -----------------------------

  private async people(): Promise<void> {
    const { rng } = this;
    const pools = buildNamePools(this.countryActors.map((a) => (a.country as CountrySpec).names).concat(["en_US"]), this.seed);
    const assignable = new WeightedTable(
      this.actors,
      this.actors.map((a) => (a.countryId ? a.weight : a.weight * 0.6)),
    );
    const total = this.plan.people;
    for (let p = 0; p < total; p++) {
      // Every actor gets a few people first, so any meeting can seat both sides.
      const actor = p < this.actors.length * 3 ? (this.actors[p % this.actors.length] as Actor) : assignable.pick(rng);
      const nationality = actor.country ?? (rng.chance(0.6) ? rng.pick(this.countryActors).country : undefined);
      const nationalityId = actor.countryId ?? (nationality ? (this.countryActors.find((a) => a.country === nationality)?.countryId ?? null) : null);
      const pool = pools.get(nationality?.names ?? "en_US") as NamePool;
      const given = rng.pick(pool.given);
      const family = rng.pick(pool.family);
      const full = pool.familyFirst ? `${family} ${given}` : `${given} ${family}`;
      const fullName = rng.chance(0.7) ? full : null;
      const { id, index } = this.next("person");
      const person: Person = { id, name: family, fullName, printed: fullName ?? family, countryId: nationalityId, positions: [] };
      const slugBase = slugify(full) || "person";
      const created = timestamp(3, index);
      this.batches.person.push(id, `${SYNTHETIC_PREFIX}${slugBase}-${index + 1}`, family, fullName, nationalityId, created, created);
      actor.people.push(person);
    }
    await this.flush("person");

    // Personnel releases: one per actor per 40 appointments, each sentence cited by its position.
    for (const actor of this.actors) {
      const orgTable = new WeightedTable(
        actor.orgs,
        actor.orgs.map((o) => o.weight),
      );
      const sentences: Array<{ text: string; row: unknown[]; latest: string | null }> = [];
      for (const person of actor.people) {
        const count = rng.weighted([1, 2, 3, 4], [35, 35, 20, 10]);
        let year = rng.int(1988, 2016);
        for (let k = 0; k < count; k++) {
          const org = orgTable.pick(rng);
          const seniority = k === count - 1 ? 0 : Math.min(org.titles.length - 1, 1 + Math.floor(rng.next() * (org.titles.length - 1)));
          const title = (k === count - 1 && rng.chance(0.5) ? org.titles[0] : org.titles[seniority]) as string;
          const precision: Precision | null = k === 0 && rng.chance(0.05) ? null : rng.weighted<Precision>(["DAY", "MONTH", "YEAR"], [60, 28, 12]);
          const day = Math.min(Date.UTC(year, 0, 1) / DAY_MS + rng.int(0, 364), PRESENT_DAY);
          const start = precision ? truncate(iso(day), precision) : null;
          const { id } = this.next("position");
          person.positions.push({ id, org, title, start, startPrecision: precision, current: false });
          year += rng.int(1, 5);
          if (year > 2025) break;
        }
        // End dates: each role ends when the next begins; the last is current or ended.
        const positions = person.positions;
        for (const [k, position] of positions.entries()) {
          const next = positions[k + 1];
          let end: string | null = null;
          let endPrecision: Precision | null = null;
          let note: string | null = null;
          if (next?.start && position.start && next.startPrecision) {
            endPrecision = next.startPrecision;
            // Dates are ISO strings: comparing them as text compares them as dates.
            end = next.start;
            if (end < position.start) end = position.start;
          } else if (!next) {
            position.current = rng.chance(0.75);
            if (!position.current) {
              if (position.start && rng.chance(0.5)) {
                endPrecision = rng.weighted<Precision>(["DAY", "MONTH", "YEAR"], [50, 30, 20]);
                const endDay = Math.min(dayOf(position.start) + rng.int(200, 2000), PRESENT_DAY);
                end = truncate(iso(endDay), endPrecision);
                if (end < position.start) end = position.start;
              } else note = `The release calls them 'then ${position.title}'; no term dates are given.`;
            }
          }
          if (!position.start && !note) note = "No start date is given.";
          const inferred = rng.chance(0.08);
          if (inferred) note = "Inferred from the title printed in a later release.";
          const text = this.appointmentSentence(person, position);
          const slug = `${SYNTHETIC_PREFIX}${slugify(person.printed) || "person"}-${slugify(position.title).slice(0, 50)}-${this.counters.position - positions.length + k + 1}`;
          sentences.push({
            text,
            latest: position.start,
            row: [
              position.id,
              slug,
              person.id,
              position.org.id,
              position.title,
              position.start,
              position.startPrecision,
              end,
              endPrecision,
              position.current,
              inferred ? "INFERRED" : "STATED",
              note,
            ],
          });
        }
      }
      for (let start = 0, part = 1; start < sentences.length; start += 40, part++) {
        const group = sentences.slice(start, start + 40);
        const doc = new DocumentText();
        const title = `${actor.label}: senior appointments, part ${part}`;
        doc.add(`${title}\n\n`);
        if (rng.chance(0.3)) doc.add(`${rng.pick(CHROME_LINES)}\n\n`);
        const { id: documentId, index: docIndex } = this.next("source_document");
        const citations: string[] = [];
        for (const [s, sentence] of group.entries()) {
          if (s > 0) doc.add(s % 4 === 0 ? "\n\n" : " ");
          const [from, to] = doc.sentence(sentence.text);
          const { id: citationId, index } = this.next("citation");
          this.batches.citation.push(citationId, documentId, from, to, sentence.text, timestamp(5, index));
          citations.push(citationId);
        }
        const latest = group.reduce<string | null>((max, s) => (s.latest && (!max || s.latest > max) ? s.latest : max), null);
        const published = latest ? truncate(iso(Math.min(dayOf(latest) + 14, PRESENT_DAY)), "YEAR") : null;
        const created = timestamp(4, docIndex);
        this.batches.source_document.push(
          documentId,
          `${SYNTHETIC_PREFIX}appointments-${slugify(actor.key)}-${part}`,
          title,
          actor.publisher,
          `https://press.${slugify(actor.key)}.example/appointments/${part}`,
          published,
          published ? "YEAR" : null,
          published ? "INFERRED" : "STATED",
          published ? "The release carries no date; the year is inferred from the latest appointment it reports." : null,
          null,
          "en",
          doc.body,
          created,
          created,
        );
        for (const [s, sentence] of group.entries()) {
          const created = timestamp(6, this.batches.position.pending + this.batches.position.stats.rows);
          this.batches.position.push(...sentence.row, citations[s], created, created);
        }
        await this.flush("source_document", "citation", "position");
      }
    }
    for (const actor of this.actors) {
      actor.picker = new WeightedTable(
        actor.people,
        actor.people.map((_, i) => 1 / (i + 1) ** 0.7),
      );
    }
  }

  private appointmentSentence(person: Person, position: Position): string {
    const where = `${position.org.name}`;
    if (!position.start || !position.startPrecision) return `${person.printed} serves as ${position.title} at the ${where}.`;
    const when = datePhrase(position.start, position.startPrecision);
    if (position.startPrecision === "DAY") return `On ${when}, ${person.printed} was appointed ${position.title} at the ${where}.`;
    if (position.startPrecision === "MONTH") return `In ${when}, ${person.printed} became ${position.title} at the ${where}.`;
    return `${person.printed} took up the post of ${position.title} at the ${where} in ${when}.`;
  }

  // --- meetings -----------------------------------------------------------------------------

  /** Decides every meeting's who, when and how many commitments before any is written. */
  private planMeetings(): void {
    const { rng } = this;
    const kinds = MEETING_KINDS.map((k) => k.kind);
    const kindWeights = MEETING_KINDS.map((k) => k.weight);
    const countries = new WeightedTable(
      this.countryActors,
      this.countryActors.map((a) => a.weight),
    );
    const internationals = this.actors.filter((a) => !a.countryId);
    const topicTable = new WeightedTable(
      this.topics,
      this.topics.map((t) => (this.topics.indexOf(t) < this.topics.length - TOPICS.length ? 0.5 : 1)),
    );
    for (let index = 0; index < this.plan.meetings; index++) {
      const kind = rng.weighted(kinds, kindWeights);
      const host = countries.pick(rng);
      const guests: Actor[] = [];
      const guestCount = kind === "MULTILATERAL_MEETING" ? rng.int(2, 5) : 1;
      for (let attempt = 0; guests.length < guestCount && attempt < 40; attempt++) {
        const guest = rng.chance(0.12) ? rng.pick(internationals) : countries.pick(rng);
        if (guest !== host && !guests.includes(guest)) guests.push(guest);
      }
      if (!guests.length) guests.push(this.countryActors.find((a) => a !== host) as Actor);
      let day = rng.int(FIRST_DAY, LAST_DAY);
      let status: MeetingPlan["status"] = "HELD";
      let precision: Precision | null = rng.weighted<Precision>(["DAY", "MONTH", "YEAR"], [85, 11, 4]);
      let originalDate: string | null = null;
      let statusReason: string | null = null;
      if (day > PRESENT_DAY) {
        status = rng.chance(0.6) ? "PLANNED" : "SCHEDULED";
        if (status === "PLANNED") precision = rng.weighted<Precision | null>(["MONTH", "YEAR", null], [50, 20, 30]);
      } else {
        const r = rng.next();
        if (r < 0.03) {
          status = "POSTPONED";
          originalDate = truncate(iso(day - rng.int(30, 120)), "MONTH");
          statusReason = rng.pick(STATUS_REASONS.POSTPONED);
        } else if (r < 0.06) {
          status = "CANCELLED";
          statusReason = rng.pick(STATUS_REASONS.CANCELLED);
        }
      }
      if (!precision) day = 0;
      const date = precision ? truncate(iso(day), precision) : null;
      const guest = guests[0] as Actor;
      let series: string | null = null;
      if ((kind === "DEFENSE_DIALOGUE" || kind === "WORKING_LEVEL_TALKS") && guest.country && rng.chance(0.45)) {
        const [a, b] = [host.country as CountrySpec, guest.country].sort((x, y) => x.code.localeCompare(y.code)) as [CountrySpec, CountrySpec];
        const format = SERIES_FORMATS[(kind === "DEFENSE_DIALOGUE" ? 0 : 2) + ((a.code.charCodeAt(0) + b.code.charCodeAt(1)) % 2)] as string;
        series = format.replace("{a}", a.name).replace("{b}", b.name);
      }
      const topicCount = rng.weighted([1, 2, 3], [50, 35, 15]);
      const topics: Topic[] = [];
      for (let t = 0; t < topicCount * 3 && topics.length < topicCount; t++) {
        const topic = topicTable.pick(rng);
        if (!topics.includes(topic)) topics.push(topic);
      }
      const kindFactor = kind === "MULTILATERAL_MEETING" ? 1.5 : kind === "COURTESY_CALL" ? 0.5 : kind === "OTHER" ? 0.6 : 1;
      const weight = status === "HELD" ? (0.2 + rng.next() * 1.8) * kindFactor : 0;
      this.meetings.push({
        index,
        kind,
        host,
        guests,
        date,
        precision,
        dateInferred: precision !== null && precision !== "YEAR" && rng.chance(0.12),
        status,
        originalDate,
        statusReason,
        series,
        sequence: null,
        topics,
        weight,
        commitments: 0,
      });
    }
    // Sequence numbers follow the date within each series; undated (planned) sessions come last.
    const bySeries = new Map<string, MeetingPlan[]>();
    for (const m of this.meetings) if (m.series) bySeries.set(m.series, [...(bySeries.get(m.series) ?? []), m]);
    for (const members of bySeries.values()) {
      members.sort((x, y) => (x.date ?? "9999").localeCompare(y.date ?? "9999") || x.index - y.index);
      members.forEach((m, i) => {
        m.sequence = i + 1;
      });
    }
    // Exactly plan.commitments commitments, spread over held meetings by weight (largest remainder).
    let totalWeight = this.meetings.reduce((sum, m) => sum + m.weight, 0);
    if (totalWeight === 0) {
      for (const m of this.meetings) m.weight = 1;
      totalWeight = this.meetings.length;
    }
    const shares = this.meetings.map((m) => (this.plan.commitments * m.weight) / totalWeight);
    let assigned = 0;
    this.meetings.forEach((m, i) => {
      m.commitments = Math.floor(shares[i] as number);
      assigned += m.commitments;
    });
    const order = this.meetings
      .map((_, i) => i)
      .sort((a, b) => (shares[b] as number) - Math.floor(shares[b] as number) - ((shares[a] as number) - Math.floor(shares[a] as number)) || a - b);
    for (let r = 0; r < this.plan.commitments - assigned; r++) (this.meetings[order[r % order.length] as number] as MeetingPlan).commitments++;
  }

  private statusChange(commitmentId: string, from: string | null, to: string, note: string | null, citationId: string | null, at: string): void {
    const { id } = this.next("commitment_status_change");
    this.batches.commitment_status_change.push(id, commitmentId, from, to, note, citationId, at);
  }

  /** The position a person held on a day: the last one begun by then, else their first. */
  private positionAt(person: Person, date: string | null): Position {
    const positions = person.positions;
    if (!date) return positions[positions.length - 1] as Position;
    let found: Position | undefined;
    for (const p of positions) if (!p.start || p.start <= date) found = p;
    return found ?? (positions[0] as Position);
  }

  private delegation(actor: Actor, count: number, side: Side, date: string | null, seated: Set<Person>): Participant[] {
    const { rng } = this;
    const chosen: Participant[] = [];
    const picker = actor.picker as WeightedTable<Person>;
    for (let attempt = 0; chosen.length < count && attempt < count * 6; attempt++) {
      const person = picker.pick(rng);
      if (seated.has(person)) continue;
      seated.add(person);
      const position = this.positionAt(person, date);
      chosen.push({
        person,
        position,
        actor,
        side,
        orgId: rng.chance(0.95) ? position.org.id : null,
        countryId: actor.countryId ?? person.countryId,
      });
    }
    return chosen;
  }

  private meeting(m: MeetingPlan): void {
    const { rng } = this;
    const seated = new Set<Person>();
    const multilateral = m.kind === "MULTILATERAL_MEETING";
    const total = multilateral ? rng.int(Math.max(4, m.guests.length + 1), 12) : rng.weighted([2, 3, 4, 5, 6, 7, 8], [30, 20, 18, 12, 9, 6, 5]);
    const hostCount = multilateral ? rng.int(1, 3) : Math.ceil(total / 2);
    const hosts = this.delegation(m.host, hostCount, "HOST", m.date, seated);
    const guestSides: Participant[][] = [];
    let remaining = Math.max(m.guests.length, total - hosts.length);
    for (const [g, guest] of m.guests.entries()) {
      const share = Math.max(1, Math.round(remaining / (m.guests.length - g)));
      const delegation = this.delegation(guest, share, "GUEST", m.date, seated);
      remaining -= delegation.length;
      if (delegation.length) guestSides.push(delegation);
    }
    const guests = guestSides.flat();
    const hostPrincipal = hosts[0] as Participant;
    const guestPrincipal = guests[0] as Participant;
    const who = (p: Participant) => `${p.position.title} ${p.person.printed}`;
    const hostCountry = m.host.country as CountrySpec;

    // Title, place and the meeting's lead sentence.
    const topicObject = m.topics[0]?.object ?? "bilateral defense cooperation";
    const guestLabel = m.guests[0]?.country?.name ?? m.guests[0]?.label ?? "";
    let title: string;
    if (m.series && m.sequence) title = `${ordinal(m.sequence)} ${m.series}`;
    else if (m.kind === "COURTESY_CALL") title = `Courtesy call by ${who(guestPrincipal)} on ${who(hostPrincipal)}`;
    else if (m.kind === "DEFENSE_DIALOGUE") title = `${hostCountry.name}-${guestLabel} defense dialogue`;
    else if (m.kind === "WORKING_LEVEL_TALKS") title = `${hostCountry.name}-${guestLabel} working-level talks on ${topicObject}`;
    else if (m.kind === "MINISTERIAL_VISIT") title = `Visit of ${who(guestPrincipal)} to ${hostCountry.name}`;
    else if (m.kind === "MULTILATERAL_MEETING") title = `${hostCountry.adjective}-hosted multilateral meeting on ${topicObject}`;
    else if (m.kind === "OTHER") title = `Telephone call between ${who(hostPrincipal)} and ${who(guestPrincipal)}`;
    else title = `Meeting between ${who(hostPrincipal)} and ${who(guestPrincipal)}`;
    const placeRoll = rng.next();
    const place = m.kind === "OTHER" ? null : placeRoll < 0.7 ? hostCountry.capital : placeRoll < 0.9 ? `Ministry of Defense of ${hostCountry.name}` : null;
    const when = m.date && m.precision ? datePhrase(m.date, m.precision, !m.dateInferred) : null;
    const on = when ? (m.precision === "DAY" ? `On ${when}, ` : `In ${when}, `) : "";
    let lead: string;
    if (m.status === "PLANNED" || m.status === "SCHEDULED") {
      lead = `The ${title} is ${m.status === "PLANNED" ? "planned" : "scheduled"} ${when ? `for ${when}` : "for a date still to be decided"}, with ${who(hostPrincipal)} and ${who(guestPrincipal)} expected to attend.`;
    } else if (m.status === "CANCELLED") {
      lead = `The ${title}, which was to take place ${when ? `in ${when}` : "this year"}, was cancelled; ${who(hostPrincipal)} and ${who(guestPrincipal)} had been expected.`;
    } else if (m.series && m.sequence) {
      lead = `${on}the ${ordinal(m.sequence)} ${m.series} was held${place ? ` in ${place}` : ""}, led by ${who(hostPrincipal)} and ${who(guestPrincipal)}.`;
    } else if (m.kind === "COURTESY_CALL") {
      lead = `${on}${who(guestPrincipal)} paid a courtesy call on ${who(hostPrincipal)}${place ? ` in ${place}` : ""}.`;
    } else if (multilateral) {
      const names = m.guests.map((g) => g.country?.name ?? g.label);
      lead = `${on}${who(hostPrincipal)} hosted a multilateral meeting on ${topicObject}${place ? ` in ${place}` : ""}, attended by ${who(guestPrincipal)} and delegations from ${listPhrase(names)}.`;
    } else if (m.kind === "OTHER") {
      lead = `${on}${who(hostPrincipal)} held a telephone call with ${who(guestPrincipal)}.`;
    } else {
      lead = `${on}${who(hostPrincipal)} met with ${who(guestPrincipal)}${place ? ` in ${place}` : ""}.`;
    }
    if (lead.length > 0) lead = lead.charAt(0).toUpperCase() + lead.slice(1);
    if (m.status === "POSTPONED" && m.originalDate) lead = lead.replace(/\.$/, `, after being postponed from ${datePhrase(m.originalDate, "MONTH")}.`);

    // The release: title, optional date line and chrome, the lead, delegations, commitments.
    const doc = new DocumentText();
    const { id: documentId, index: docIndex } = this.next("source_document");
    doc.add(`${title}\n`);
    const published = m.date && m.precision === "DAY" && !m.dateInferred ? iso(dayOf(m.date) + rng.int(0, 3)) : null;
    if (published) doc.add(`${datePhrase(published, "DAY")}\n`);
    doc.add("\n");
    if (rng.chance(0.2)) doc.add(`${rng.pick(CHROME_LINES)}\n`);
    if (hostCountry.nativeCapital && rng.chance(0.3)) doc.add(`${hostCountry.capital} (${hostCountry.nativeCapital})\n`);
    const cite = (text: string): string => {
      const [from, to] = doc.sentence(text);
      const { id, index } = this.next("citation");
      this.batches.citation.push(id, documentId, from, to, text, timestamp(5, index));
      return id;
    };
    const leadCitation = cite(lead);
    const citationOf = new Map<Participant, string>([
      [hostPrincipal, leadCitation],
      [guestPrincipal, leadCitation],
    ]);
    for (const delegation of [hosts, ...guestSides]) {
      const members = delegation.filter((p) => !citationOf.has(p));
      if (!members.length) continue;
      const label = delegation[0]?.actor.country?.name ?? delegation[0]?.actor.label;
      doc.add(" ");
      const citation = cite(`The ${label} delegation also included ${listPhrase(members.map(who))}.`);
      for (const p of members) citationOf.set(p, citation);
    }

    const meetingId = this.ids.meeting(this.counters.meeting);
    // Commitments, in the order the release reports them.
    const made: Array<{ id: string; kind: string; side: Side; speaker: Participant }> = [];
    for (let j = 0; j < m.commitments; j++) {
      doc.add(j % 3 === 0 ? "\n\n" : " ");
      const respondable = made.filter((c) => c.kind === "REQUEST" || c.kind === "PLEDGE" || c.kind === "RESPONSE");
      let kind =
        j === 0
          ? rng.weighted(["REQUEST", "PLEDGE", "EXPRESSION", "AGREEMENT"], [35, 25, 20, 20])
          : rng.weighted(["REQUEST", "PLEDGE", "AGREEMENT", "CONCURRENCE", "RESPONSE", "EXPRESSION"], [22, 18, 14, 10, 24, 12]);
      if (kind === "RESPONSE" && !respondable.length) kind = "REQUEST";
      let target: (typeof made)[number] | undefined;
      if (kind === "RESPONSE") {
        const requests = respondable.filter((c) => c.kind !== "RESPONSE");
        target = requests.length && rng.chance(0.75) ? rng.pick(requests) : rng.pick(respondable);
      } else if (kind === "CONCURRENCE" && rng.chance(0.4)) {
        const agreeable = made.filter((c) => c.kind !== "EXPRESSION" && c.kind !== "RESPONSE");
        if (agreeable.length) target = rng.pick(agreeable);
      }
      const side: Side = target ? (target.side === "HOST" ? "GUEST" : "HOST") : rng.chance(0.5) ? "HOST" : "GUEST";
      const mine = side === "HOST" ? hosts : guests;
      const theirs = side === "HOST" ? guests : hosts;
      const speaker = rng.chance(0.6) ? (mine[0] as Participant) : rng.pick(mine);
      const addressee = target ? target.speaker : rng.chance(0.6) ? (theirs[0] as Participant) : rng.pick(theirs);
      const topic = rng.chance(0.9) ? rng.pick(m.topics) : undefined;
      const action = rng.pick(ACTIONS).replace("{topic}", topic?.object ?? "bilateral defense cooperation");
      const status =
        kind === "RESPONSE" || kind === "EXPRESSION"
          ? "NOT_APPLICABLE"
          : kind === "REQUEST"
            ? rng.weighted(["OPEN", "FULFILLED", "DECLINED", "DEFERRED", "UNKNOWN"], [35, 25, 10, 15, 15])
            : rng.weighted(["OPEN", "FULFILLED", "UNKNOWN"], [45, 35, 20]);
      let dueDate: string | null = null;
      let duePrecision: Precision | null = null;
      let dueText: string | null = null;
      if ((kind === "REQUEST" || kind === "PLEDGE" || kind === "AGREEMENT") && rng.chance(0.25)) {
        if (m.date && rng.chance(0.7)) {
          duePrecision = rng.weighted<Precision>(["MONTH", "DAY", "YEAR"], [50, 30, 20]);
          dueDate = truncate(iso(dayOf(m.date) + rng.int(30, 540)), duePrecision);
          if (rng.chance(0.3)) dueText = rng.pick(DUE_TEXTS);
        } else dueText = rng.pick(DUE_TEXTS);
      }
      // Worded deadlines are read as the loader reads them: "within the year" dated from the release, "as soon as possible" marked urgent.
      const due =
        dueDate || dueText
          ? dueColumns(
              { date: dueDate, text: dueText },
              published ? documentReference({ title, publishedOn: new Date(published), publishedPrecision: "DAY", publishedBasis: "STATED" }) : undefined,
            )
          : undefined;
      const dueWords = dueDate && duePrecision ? ` by ${datePhrase(dueDate, duePrecision)}` : dueText ? ` ${dueText}` : "";
      const speakerCountry = speaker.actor.country?.name ?? speaker.actor.label;
      const otherCountry = addressee.actor.country?.name ?? addressee.actor.label;
      let statement: string;
      let quote: string;
      switch (kind) {
        case "REQUEST":
          statement = `${who(speaker)} asked ${who(addressee)} to ${action}${dueWords}.`;
          quote = `${who(speaker)} requested that ${otherCountry} ${action}${dueWords}.`;
          break;
        case "PLEDGE":
          statement = `${who(speaker)} pledged that ${speakerCountry} would ${action}${dueWords}.`;
          quote = `${who(speaker)} stated that ${speakerCountry} would ${action}${dueWords}.`;
          break;
        case "AGREEMENT":
          statement = `The two sides agreed to ${action}${dueWords}.`;
          quote = `${who(hostPrincipal)} and ${who(guestPrincipal)} agreed to ${action}${dueWords}.`;
          break;
        case "CONCURRENCE":
          statement = `${who(speaker)} concurred on the need to ${action}.`;
          quote = `${who(speaker)} concurred that both sides should ${action}.`;
          break;
        case "RESPONSE": {
          const clause = rng.pick(CLAUSES);
          statement = `${who(speaker)} responded that ${clause}.`;
          quote = `In response, ${who(speaker)} said that ${clause}.`;
          break;
        }
        default: {
          const sentiment = `${rng.pick(SENTIMENTS)} for ${rng.pick(SENTIMENT_OBJECTS)}`;
          statement = `${who(speaker)} expressed ${sentiment}.`;
          quote = `${who(speaker)} expressed ${sentiment}.`;
        }
      }
      const citationId = cite(quote);
      const { id, index } = this.next("commitment");
      const created = timestamp(8, index);
      this.batches.commitment.push(
        id,
        `${SYNTHETIC_PREFIX}${m.index + 1}-${j + 1}-${kind.toLowerCase()}${topic ? `-${slugify(topic.key)}` : ""}`,
        kind,
        statement,
        status,
        meetingId,
        topic?.id ?? null,
        target?.id ?? null,
        due?.dueDate ? iso(due.dueDate.getTime() / DAY_MS) : null,
        due?.duePrecision ?? null,
        dueText,
        due?.dueBasis ?? "STATED",
        due?.dueNote ?? null,
        due?.dueAsSoonAsPossible ?? false,
        rng.chance(0.08) ? "INFERRED" : "STATED",
        citationId,
        created,
        created,
      );
      // Status history, as the database's trigger would record it: settled commitments were
      // often first recorded as open and updated from a later release.
      const settled = status === "FULFILLED" || status === "DECLINED" || status === "DEFERRED";
      if (settled && rng.chance(0.5)) {
        this.statusChange(id, null, "OPEN", null, citationId, created);
        const later = new Date(Date.parse(created) + rng.int(30, 400) * DAY_MS).toISOString();
        this.statusChange(id, "OPEN", status, "Updated from a later release.", null, later);
      } else this.statusChange(id, null, status, null, citationId, created);
      // Makers and addressees, in the order the sentence names them; no party twice per role.
      const parties: Array<["MAKER" | "ADDRESSEE", string | null, string | null, string | null]> = [];
      const add = (role: "MAKER" | "ADDRESSEE", person: string | null, org: string | null, country: string | null) => {
        if (!person && !org && !country) return;
        if (parties.some((p) => p[0] === role && p[1] === person && p[2] === org && p[3] === country)) return;
        parties.push([role, person, org, country]);
      };
      if (kind === "AGREEMENT") {
        if (rng.chance(0.3) && hostPrincipal.countryId && guestPrincipal.countryId) {
          add("MAKER", null, null, hostPrincipal.countryId);
          add("MAKER", null, null, guestPrincipal.countryId);
        } else {
          add("MAKER", hostPrincipal.person.id, null, null);
          add("MAKER", guestPrincipal.person.id, null, null);
        }
      } else {
        add("MAKER", speaker.person.id, null, null);
        if (rng.chance(0.35)) add("MAKER", null, speaker.orgId, null);
        if (rng.chance(0.15)) add("MAKER", null, null, speaker.countryId);
        if (kind !== "EXPRESSION" || rng.chance(0.5)) {
          add("ADDRESSEE", addressee.person.id, null, null);
          if (rng.chance(0.25)) add("ADDRESSEE", null, addressee.orgId, null);
          if (rng.chance(0.1)) add("ADDRESSEE", null, null, addressee.countryId);
        }
      }
      const order = { MAKER: 0, ADDRESSEE: 0 };
      for (const [role, person, org, country] of parties) {
        const { id: partyId } = this.next("commitment_party");
        this.batches.commitment_party.push(partyId, id, role, person, org, country, order[role]++);
      }
      made.push({ id, kind, side, speaker });
    }
    if (m.status === "HELD")
      doc.add(
        `\n\n${rng.pick(["The two sides agreed to maintain close communication.", "The meeting took place in a cordial atmosphere.", "Both sides confirmed the importance of continued dialogue."])}\n`,
      );
    if (rng.chance(0.1)) doc.add(`${CHROME_LINES[2]}\n`);

    const summary = rng.chance(0.8)
      ? `${who(hostPrincipal)} and ${who(guestPrincipal)} discussed ${listPhrase(m.topics.map((t) => t.object))}${m.commitments ? `; ${m.commitments} request${m.commitments === 1 ? " or pledge was" : "s, pledges and responses were"} recorded` : ""}.`
      : null;
    const slugTitle = slugify(title).split("-").slice(0, 8).join("-");
    const created = timestamp(4, docIndex);
    this.batches.source_document.push(
      documentId,
      `${SYNTHETIC_PREFIX}${slugTitle}-${m.index + 1}`,
      title,
      m.host.publisher,
      `https://press.${hostCountry.code}.example/releases/${m.index + 1}`,
      published ?? (m.date && m.precision && m.precision !== "DAY" ? m.date : null),
      published ? "DAY" : m.date && m.precision && m.precision !== "DAY" ? m.precision : null,
      published || !m.date ? "STATED" : "INFERRED",
      published || !m.date ? null : "No publication date is printed; the period is that of the meeting the release reports.",
      rng.chance(0.2) ? "Photo captions and navigation links are page chrome and are never cited." : null,
      "en",
      doc.body,
      created,
      created,
    );
    const { id, index } = this.next("meeting");
    if (id !== meetingId) throw new Error("meeting id drifted");
    const meetingCreated = timestamp(7, index);
    this.batches.meeting.push(
      id,
      `${SYNTHETIC_PREFIX}${slugTitle}-${m.date ?? "undated"}-${m.index + 1}`,
      title,
      m.kind,
      m.status,
      m.statusReason,
      m.date,
      m.precision,
      m.dateInferred ? "INFERRED" : "STATED",
      m.dateInferred ? "The release prints the day and month only; the year is inferred from the publication date." : null,
      m.originalDate,
      m.originalDate ? "MONTH" : null,
      m.originalDate && m.dateInferred ? "INFERRED" : "STATED",
      m.originalDate && m.dateInferred ? "The release gives the month it was first planned for; the year is inferred as for the meeting date." : null,
      place,
      m.host.countryId,
      m.series,
      m.sequence,
      summary,
      rng.chance(0.95) ? "STATED" : "INFERRED",
      leadCitation,
      meetingCreated,
      meetingCreated,
    );
    for (const [ordinal, p] of [...hosts, ...guests].entries()) {
      const { id: participationId, index: pIndex } = this.next("participation");
      const withPosition = rng.chance(0.9);
      this.batches.participation.push(
        participationId,
        meetingId,
        p.person.id,
        withPosition ? p.position.id : null,
        p.orgId,
        p.countryId,
        p.position.title,
        p.side,
        ordinal,
        rng.chance(0.9) ? "STATED" : "INFERRED",
        citationOf.get(p),
        timestamp(9, pIndex),
      );
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Command line.

function parseArgs(argv: string[]): { scale: number; databaseUrl?: string; seed: number } {
  let scale: number | undefined;
  let databaseUrl: string | undefined;
  let seed = DEFAULT_SEED;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [flag, inline] = arg.includes("=") ? (arg.split(/=(.*)/s, 2) as [string, string]) : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === "--scale") scale = Number(value());
    else if (flag === "--database-url") databaseUrl = value();
    else if (flag === "--seed") seed = Number(value());
    else throw new SyntheticDataError(`unknown argument ${arg}; usage: npm run seed:synthetic -- --scale <n> [--database-url URL] [--seed N]`);
  }
  if (scale === undefined) throw new SyntheticDataError("--scale is required, e.g. npm run seed:synthetic -- --scale 1");
  if (!Number.isInteger(seed)) throw new SyntheticDataError(`--seed must be an integer, got ${seed}`);
  planFor(scale);
  return { scale, databaseUrl, seed };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  let url = args.databaseUrl ?? process.env.DATABASE_URL;
  let stop = async () => {};
  if (!url) {
    // Like `npm run seed`: the embedded database under DATA_DIR, migrated.
    const { env } = await import("../../src/infra/env.js");
    const { migrate, openDatabase } = await import("../../src/infra/database.js");
    const database = await openDatabase(env);
    stop = database.stop;
    url = database.url;
    await migrate(url);
  }
  try {
    await generateSynthetic({ databaseUrl: url, scale: args.scale, seed: args.seed });
  } finally {
    await stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: Error) => {
    console.error(`seed:synthetic: ${error instanceof SyntheticDataError ? error.message : (error.stack ?? error.message)}`);
    process.exit(1);
  });
}
