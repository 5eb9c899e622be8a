// Executor: binds a request's variables into a plan's one SQL statement and runs it on the pg
// pool Prisma also uses. PostgreSQL builds the whole `data` JSON; no resolver runs.
import { LRUCache } from "lru-cache";
import { queryForRead } from "../infra/db.js";
import type { ReferenceTable } from "../schema/references.js";
import type { CompiledPlan } from "./planner.js";
import { findInSql } from "./references.js";
import type { Ctx } from "./selection.js";
import { Statement } from "./statement.js";

type Listener = (statement: { text: string; values: unknown[] }) => void;
const listeners = new Set<Listener>();

/** Called for every compiled statement sent (tests and the bench count statements per request). */
export function onCompiledStatement(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * The statement and its parameters for these variables (throws NotCompilable when they need more).
 * With `references`, the slugs the filters name are looked up inside the statement (references.ts);
 * `references` answers the rest (global ids, and values that may name several types).
 */
export function bind(
  plan: CompiledPlan,
  variables: Record<string, unknown>,
  context: object,
  references?: ReferenceTable,
): { text: string; values: unknown[] } {
  const ctx: Ctx = { statement: new Statement(), variables, context, fallbackWhen: [] };
  if (references) ctx.context = { ...context, findRecord: findInSql(ctx, references) };
  const text = plan.sql(ctx);
  return { text, values: ctx.statement.params };
}

/**
 * Runs the statement. A statement text seen before is sent as a named (prepared) statement, so
 * PostgreSQL parses it once per connection and may reuse a generic plan: planning these nested
 * statements costs as much as running them (the page of commitments by topic: about 2.4 of 5.5
 * ms). A compiled text holds only the conditions the request's filter has, so a generic plan
 * has no unused `$n IS NULL OR ...` branches to misjudge, and PostgreSQL keeps planning each
 * execution while a generic plan's estimate is worse than the custom plans'.
 */
export async function run(statement: {
  text: string;
  values: unknown[];
}): Promise<{ data: Record<string, unknown>; fallback: boolean }> {
  for (const listener of listeners) listener(statement);
  const name = preparedName(statement.text);
  const result = await queryForRead<{ data: Record<string, unknown>; fallback: boolean }>(
    name ? { name, text: statement.text } : statement.text,
    statement.values,
  );
  const [row] = result.rows;
  if (!row) throw new Error("a compiled read returned no row");
  return row;
}

/**
 * At most this many texts are prepared: each stays prepared on every pooled connection (pg has no
 * eviction), and PostgreSQL keeps about 330 KB of plan per text and connection (measured on the
 * bench's statements), so 24 texts cost about 8 MB per connection. The first texts sent twice
 * take the places; the bench's two queries use 8.
 */
const MAX_PREPARED = 24;
const prepared = new Map<string, string>();
const seenOnce = new LRUCache<string, true>({ max: 1000 });

/** The statement's name once its text is sent a second time; undefined (unnamed) otherwise. */
function preparedName(text: string): string | undefined {
  const name = prepared.get(text);
  if (name || prepared.size >= MAX_PREPARED) return name;
  if (!seenOnce.has(text)) {
    seenOnce.set(text, true);
    return undefined;
  }
  seenOnce.delete(text);
  const named = `accord_read_${prepared.size + 1}`;
  prepared.set(text, named);
  return named;
}
