// The two read paths side by side, in-process: `compiled` runs every query through the compiled
// read plugin with COMPILED_READS=require (an operation it cannot compile is an error), and
// `resolvers` is the same schema without the plugin, executed by graphql-js and the resolvers.
import { createYoga } from "graphql-yoga";
import { schema } from "../../src/schema/index.js";
import type { Context } from "../../src/server/context.js";
import { useCompiledReads } from "../../src/server/plugins/compiled-reads.js";
import { useReferences } from "../../src/server/plugins/references.js";

const context = (): Context => ({ requestId: "parity", caller: null, credentialProblem: null });

export const paths = {
  compiled: createYoga<Record<string, never>, Context>({
    schema,
    context,
    logging: false,
    // In yoga.ts' order: the compiled read plugin marks the operations it answers before the
    // references plugin would look their slugs up.
    plugins: [useCompiledReads({ COMPILED_READS: "require" }), useReferences()],
  }),
  resolvers: createYoga<Record<string, never>, Context>({
    schema,
    context,
    logging: false,
    plugins: [useReferences()],
  }),
};

export type Path = keyof typeof paths;

export interface Operation {
  query: string;
  operationName?: string;
  variables?: Record<string, unknown>;
}

export interface Answer {
  /** The response body as sent, for a byte-for-byte comparison. */
  text: string;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

export async function answer(yoga: (typeof paths)[Path], operation: Operation): Promise<Answer> {
  const response = await yoga.fetch("http://accord.test/graphql", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: operation.query,
      operationName: operation.operationName,
      variables: operation.variables ?? {},
    }),
  });
  const text = await response.text();
  return { text, body: JSON.parse(text) };
}
