// Speaks GraphQL to the in-process server through yoga.fetch (no port is opened) and counts
// the SQL statements each request sends: Prisma's, and the compiled read path's own.
import { onCompiledStatement } from "../../src/compiled-reads/executor.js";
import { db } from "../../src/infra/db.js";
import { yoga } from "../../src/server/yoga.js";

export interface Response<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

let statements = 0;
db.$on("query", () => {
  statements++;
});
onCompiledStatement(() => {
  statements++;
});

/** Runs one operation; `sql` is the number of SQL statements it sent. */
export async function execute<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
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

/** Runs an operation that must succeed and returns its data. */
export async function data<T = Record<string, any>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await execute<T>(query, variables);
  if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
  return result.data as T;
}
