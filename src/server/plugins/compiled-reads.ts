// The compiled read path: a query whose every field has an SQL form is answered by one SQL
// statement that builds the response's `data` (src/compiled-reads/), without running resolvers.
// Anything else runs through graphql-js unchanged. It replaces only the execute step, after
// parsing, validation and the limits, and before the response cache, which wraps it (the cache
// plugin comes after this one in yoga.ts and calls whatever execute function it finds). The
// resolvers' own checks are kept: the query-cost limit is computed the same way, a failing filter
// argument (a bad id or date) and a lookup that finds nothing go to the resolvers, which say why.
import { complexityFromQuery } from "@pothos/plugin-complexity";
import {
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  GraphQLError,
  getOperationAST,
  getVariableValues,
  Kind,
  type OperationDefinitionNode,
} from "graphql";
import type { Plugin } from "graphql-yoga";
import { NotCompilable } from "../../compiled-reads/datamodel.js";
import { bind, run } from "../../compiled-reads/executor.js";
import { type CompiledPlan, planFor } from "../../compiled-reads/planner.js";
import type { Env } from "../../infra/env.js";
import { logger } from "../../infra/logger.js";
import { COMPLEXITY_LIMITS } from "../../schema/builder.js";
import { lookUpInSql, lookUpPending, referencesForSql } from "./references.js";

type Execute = (args: ExecutionArgs) => Promise<ExecutionResult> | ExecutionResult;

/** `require` turns "cannot be compiled" into an error naming the field, for tests and audits. */
function notCompiled(reason: string): ExecutionResult {
  return {
    errors: [
      new GraphQLError(`COMPILED_READS=require, and this query cannot be compiled: ${reason}`, {
        extensions: { code: "NOT_COMPILED" },
      }),
    ],
  };
}

/** The operation alone (with the fragments), as the complexity calculator takes the first operation it finds. */
const operationDocuments = new WeakMap<OperationDefinitionNode, DocumentNode>();
function operationDocument(document: DocumentNode, operation: OperationDefinitionNode): DocumentNode {
  let alone = operationDocuments.get(operation);
  if (!alone) {
    alone = {
      kind: Kind.DOCUMENT,
      definitions: [operation, ...document.definitions.filter((d) => d.kind === Kind.FRAGMENT_DEFINITION)],
    };
    operationDocuments.set(operation, alone);
  }
  return alone;
}

function withinCost(
  args: ExecutionArgs,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): boolean {
  const { complexity, depth, breadth } = complexityFromQuery(operationDocument(args.document, operation), {
    schema: args.schema,
    variables,
    ctx: args.contextValue as object,
  });
  return (
    complexity <= COMPLEXITY_LIMITS.complexity &&
    depth <= COMPLEXITY_LIMITS.depth &&
    breadth <= COMPLEXITY_LIMITS.breadth
  );
}

async function executeCompiled(
  args: ExecutionArgs,
  plan: CompiledPlan,
  mode: Env["COMPILED_READS"],
  resolve: Execute,
): Promise<ExecutionResult> {
  const context = args.contextValue as object;
  // The records the operation names by slug are found by the statement; the resolvers, if they
  // answer instead, look them up first (plugins/references.ts).
  const resolveLookingUp = async (resolved: ExecutionArgs) => {
    await lookUpPending(context);
    return resolve(resolved);
  };
  const operation = getOperationAST(args.document, args.operationName) as OperationDefinitionNode;
  const coerced = getVariableValues(
    args.schema,
    operation.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  if (coerced.errors) return resolveLookingUp(args);
  let statement: ReturnType<typeof bind>;
  try {
    if (!withinCost(args, operation, coerced.coerced)) return resolveLookingUp(args);
    statement = bind(plan, coerced.coerced, context, await referencesForSql(context));
  } catch (error) {
    if (error instanceof NotCompilable) return mode === "require" ? notCompiled(error.message) : resolveLookingUp(args);
    // A filter that refuses its input (a malformed id, an impossible date): the resolvers say so.
    return resolveLookingUp(args);
  }
  let answer: Awaited<ReturnType<typeof run>>;
  try {
    answer = await run(statement);
  } catch (error) {
    logger.debug({ err: error }, "compiled read failed");
    return { data: null, errors: [new GraphQLError("Unexpected error.", { originalError: error as Error })] };
  }
  const { data, fallback } = answer;
  if (fallback || plan.required.some((key) => data[key] === null)) return resolveLookingUp(args);
  return { data };
}

export function useCompiledReads(env: Pick<Env, "COMPILED_READS">): Plugin {
  const mode = env.COMPILED_READS;
  if (mode === "off") return {};
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const resolve = executeFn as Execute;
      if (planFor(args.schema, args.document, args.operationName).compiled) lookUpInSql(args.contextValue);
      setExecuteFn((args: ExecutionArgs) => {
        const plan = planFor(args.schema, args.document, args.operationName);
        if (plan.compiled) return executeCompiled(args, plan, mode, resolve);
        const operation = getOperationAST(args.document, args.operationName);
        const exempt = operation?.operation !== "query" || plan.reason.startsWith("introspection");
        return mode === "require" && !exempt ? notCompiled(plan.reason) : resolve(args);
      });
    },
  };
}
