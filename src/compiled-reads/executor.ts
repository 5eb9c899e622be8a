// Executor: binds a request's variables into a plan's one SQL statement and runs it on the pg
// pool Prisma also uses. PostgreSQL builds the whole `data` JSON; no resolver runs.
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
 * Runs the statement. Sent unnamed, so PostgreSQL plans it with the parameter values: a prepared
 * statement's generic plan could not drop the parts of a filter a request leaves out.
 */
export async function run(statement: {
  text: string;
  values: unknown[];
}): Promise<{ data: Record<string, unknown>; fallback: boolean }> {
  for (const listener of listeners) listener(statement);
  const result = await queryForRead<{ data: Record<string, unknown>; fallback: boolean }>(
    statement.text,
    statement.values,
  );
  const [row] = result.rows;
  if (!row) throw new Error("a compiled read returned no row");
  return row;
}
