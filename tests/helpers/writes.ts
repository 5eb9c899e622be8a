// Helpers for tests of mutations: API keys, typed mutation calls that select every error type,
// direct SQL against this test file's database, and table fingerprints to prove nothing changed.
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, expect } from "vitest";
import { createApiKey } from "../../src/modules/auth/api-key.service.js";
import { encodeGlobalId } from "../../src/schema/global-id.js";
import { schema } from "../../src/schema/index.js";
import { executeText as execute } from "./execute.js";

export type Headers = Record<string, string>;

export const bearer = (key: string): Headers => ({ authorization: `Bearer ${key}` });

export interface TestKey {
  id: string;
  name: string;
  prefix: string;
  key: string;
  headers: Headers;
}

/** A fresh API key with the EDITOR scope; its name is what statusHistory reports as changedBy. */
export async function editorKey(name = `test-editor-${randomUUID().slice(0, 8)}`): Promise<TestKey> {
  const created = await createApiKey({ name, scopes: ["EDITOR"] });
  return { id: created.id, name: created.name, prefix: created.prefix, key: created.key, headers: bearer(created.key) };
}

// --- SQL ---------------------------------------------------------------------------------------

let pool: pg.Pool | undefined;
afterAll(async () => {
  await pool?.end();
  pool = undefined;
});

/** Runs SQL against this test file's database (a pool of its own, outside the app's). */
export async function sql<T extends pg.QueryResultRow = Record<string, unknown>>(
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  pool ??= new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 4 });
  return (await pool.query<T>(text, values)).rows;
}

/** Every table of the public schema, with its row count and a hash of its contents. */
export async function tableFingerprints(): Promise<Record<string, { rows: number; hash: string }>> {
  const tables = await sql<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  );
  const result: Record<string, { rows: number; hash: string }> = {};
  for (const { table_name } of tables) {
    const [row] = await sql<{ rows: number; hash: string | null }>(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS hash FROM "${table_name}" t`,
    );
    result[table_name] = { rows: row?.rows ?? 0, hash: row?.hash ?? "" };
  }
  return result;
}

/** Row counts of every table, from information_schema. */
export async function rowCounts(): Promise<Record<string, number>> {
  return Object.fromEntries(Object.entries(await tableFingerprints()).map(([table, { rows }]) => [table, rows]));
}

const TABLES: Record<string, string> = {
  Person: "person",
  Organization: "organization",
  Meeting: "meeting",
  Commitment: "commitment",
  Position: "position",
  SourceDocument: "source_document",
  Country: "country",
  Topic: "topic",
};

/** The global id of a stored record, found by slug (a country's slug is its lower-case ISO code). */
export async function gid(typename: keyof typeof TABLES & string, slug: string): Promise<string> {
  const [row] = await sql<{ id: string }>(`SELECT id::text FROM "${TABLES[typename]}" WHERE slug = $1`, [slug]);
  if (!row) throw new Error(`no ${typename} with slug "${slug}"`);
  return encodeGlobalId(typename, row.id);
}

/** The uuid inside a global id. */
export const uuidOf = (globalId: string): string =>
  Buffer.from(globalId, "base64url").toString("utf8").split(":")[1] as string;

export const uniqueSlug = (prefix: string): string => `${prefix}-${randomUUID().slice(0, 8)}`;

// --- Mutations ---------------------------------------------------------------------------------

export interface Issue {
  path: string[];
  message: string;
}

/** A mutation's result: the union member's fields, flattened, plus any top-level errors. */
export interface WriteResult<T> {
  __typename: string;
  data?: T;
  message?: string;
  issues?: Issue[];
  field?: string | null;
  typename?: string;
  key?: string;
  /** Top-level GraphQL errors (request refused, unexpected error). */
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  status: number;
}

export const ERROR_SELECTION = `__typename
  ... on Error { message }
  ... on ValidationError { issues { path message } }
  ... on ConflictError { field }
  ... on NotFoundError { typename key }`;

const capitalized = (name: string) => `${name[0]?.toUpperCase()}${name.slice(1)}`;

/** The mutation document for `field`, selecting every error type and `data { <select> }` (nothing of the success for null). */
export function mutationDocument(field: string, select: string | null): string {
  const definition = schema.getMutationType()?.getFields()[field];
  if (!definition) throw new Error(`no mutation ${field}`);
  const args = definition.args.map((arg) => ({ name: arg.name, type: String(arg.type) }));
  return `mutation Write(${args.map((a) => `$${a.name}: ${a.type}`).join(", ")}) {
    result: ${field}(${args.map((a) => `${a.name}: $${a.name}`).join(", ")}) {
      ${ERROR_SELECTION}
      ${select === null ? "" : `... on Mutation${capitalized(field)}Success { data { ${select} } }`}
    }
  }`;
}

/** Calls a mutation with `input` (and optionally an idempotency key) and flattens its result. */
export async function mutate<T = Record<string, unknown>>(
  field: string,
  input: unknown,
  options: { headers?: Headers; select?: string | null; idempotencyKey?: string } = {},
): Promise<WriteResult<T>> {
  const variables: Record<string, unknown> = { input };
  if (options.idempotencyKey !== undefined) variables.idempotencyKey = options.idempotencyKey;
  const response = await execute<{ result: (Omit<WriteResult<T>, "errors" | "status"> & { data?: T }) | null }>(
    mutationDocument(field, options.select === undefined ? "__typename" : options.select),
    variables,
    options.headers ?? {},
  );
  const result = response.data?.result;
  if (!result) return { __typename: "(request failed)", errors: response.errors ?? [], status: response.status };
  return { ...result, ...(response.errors ? { errors: response.errors } : {}), status: response.status };
}

/** Calls a mutation that must succeed and returns its `data`. */
export async function succeed<T = Record<string, unknown>>(
  field: string,
  input: unknown,
  headers: Headers,
  select = "id",
): Promise<T> {
  const result = await mutate<T>(field, input, { headers, select });
  if (!result.__typename.endsWith("Success"))
    throw new Error(`${field} did not succeed: ${JSON.stringify(result, null, 2)}`);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}

/** Expects a typed ValidationError and returns its issues. */
export function expectValidation(result: WriteResult<unknown>): Issue[] {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.__typename, JSON.stringify(result)).toBe("ValidationError");
  expect(result.issues?.length).toBeGreaterThan(0);
  return result.issues ?? [];
}

// --- Fixtures ----------------------------------------------------------------------------------

/** A source document whose sentences tests can quote. */
export const DOCUMENT_BODY = [
  "On 9 August the Minister of Defense met the Secretary-General in Tokyo.",
  "The Secretary-General asked Japan to send engineers to South Sudan.",
  "The Minister replied that Japan would study the request carefully.",
  "Both sides agreed to meet again in the autumn.",
  "The Secretary-General thanked the Self-Defense Forces for their work in Haiti.",
].join(" ");

export async function createDocument(
  headers: Headers,
  slug = uniqueSlug("doc"),
  body = DOCUMENT_BODY,
): Promise<string> {
  const created = await succeed<{ id: string }>(
    "createSourceDocument",
    { slug, title: `Document ${slug}`, publisher: "Test Ministry", body },
    headers,
  );
  return created.id;
}

export async function createPerson(headers: Headers, name = "Tester", slug = uniqueSlug("person")): Promise<string> {
  return (await succeed<{ id: string }>("createPerson", { slug, name }, headers)).id;
}

export async function createOrganization(
  headers: Headers,
  fields: { name?: string; parent?: string; slug?: string } = {},
): Promise<string> {
  const input = {
    slug: fields.slug ?? uniqueSlug("org"),
    name: fields.name ?? "Test Office",
    kind: "OTHER",
    ...(fields.parent ? { parent: fields.parent } : {}),
  };
  return (await succeed<{ id: string }>("createOrganization", input, headers)).id;
}
