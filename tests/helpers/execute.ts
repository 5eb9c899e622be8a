// Speaks GraphQL to the in-process server through yoga.fetch (no port is opened) and counts
// the SQL statements each request sends: Prisma's, and the compiled read path's own.
//
// Tests write their operations with the generated `graphql()` (tests/generated, from
// tests/helpers/codegen.ts): `execute(graphql(`query Name(...) {...}`), variables)` types the
// variables and the result from the schema, so a schema change breaks the test at compile time.
import { onCompiledStatement } from "../../src/compiled-reads/executor.js";
import { db } from "../../src/infra/db.js";
import { yoga } from "../../src/server/yoga.js";
import type { TypedDocumentString } from "../generated/graphql.js";

export interface GraphQLErrorBody {
  message: string;
  path?: Array<string | number>;
  extensions?: Record<string, unknown>;
}

export interface Response<T> {
  data?: T | null;
  errors?: GraphQLErrorBody[];
}

export type Headers = Record<string, string>;

/** A typed operation from the generated `graphql()`. */
export type Operation<TResult, TVariables> = TypedDocumentString<TResult, TVariables>;

export type ResultOf<T> = T extends Operation<infer TResult, any> ? TResult : never;
export type VariablesOf<T> = T extends Operation<any, infer TVariables> ? TVariables : never;

/** The variables argument: optional when the operation has no required variable. */
type VariablesArgs<TVariables> =
  Record<string, never> extends TVariables
    ? [variables?: TVariables, headers?: Headers]
    : [variables: TVariables, headers?: Headers];

let statements = 0;
db.$on("query", () => {
  statements++;
});
onCompiledStatement(() => {
  statements++;
});

async function post<T>(
  query: string,
  variables: unknown,
  headers: Headers,
): Promise<Response<T> & { sql: number; status: number }> {
  const before = statements;
  const response = await yoga.fetch("http://accord.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Response<T>;
  return { ...body, sql: statements - before, status: response.status };
}

/** The operation's text; a document that is not in tests/generated means codegen has not run since it was written. */
function textOf(operation: object): string {
  if (!(operation instanceof String))
    throw new Error("Not a generated operation: run `npm run codegen` (vitest's globalSetup runs it too).");
  return operation.toString();
}

/** Runs one typed operation; `sql` is the number of SQL statements it sent. */
export async function execute<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  ...[variables, headers]: VariablesArgs<TVariables>
): Promise<Response<TResult> & { sql: number; status: number }> {
  return post<TResult>(textOf(operation), variables ?? {}, headers ?? {});
}

/** Runs a typed operation that must succeed and returns its data. */
export async function data<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  ...args: VariablesArgs<TVariables>
): Promise<TResult> {
  const result = await execute(operation, ...args);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as TResult;
}

/**
 * Runs GraphQL given as plain text, untyped. Only for tests whose point is the text itself: malformed,
 * hostile or generated documents (depth, alias and token limits, fuzzing, parser abuse, documents
 * built from the schema or read from files), which codegen cannot or must not check. Everything
 * else uses `execute` with a `graphql()` operation.
 */
export async function executeText<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Headers = {},
): Promise<Response<T> & { sql: number; status: number }> {
  return post<T>(query, variables, headers);
}

/** `executeText` for a text operation that must succeed: returns its data. */
export async function dataText<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await executeText<T>(query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
