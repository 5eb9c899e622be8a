// Looks up every slug and ISO code an operation names in one statement before it executes, so
// resolvers and plugin-prisma's synchronous nested queries find them in the context.
// Registered after the response cache: a cached answer needs no lookup. An operation the compiled
// read path answers (marked by it with lookUpInSql) is not looked up here: its statement finds the
// records itself, and only if it hands the request to the resolvers does lookUpPending run.
import type { Plugin } from "graphql-yoga";
import type { RecordType } from "../../modules/shared/filters.js";
import { lookUpReferences, ReferenceTable, referencesIn } from "../../schema/references.js";
import type { Context } from "../context.js";

type Wanted = ReturnType<typeof referencesIn>;

const answeredInSql = new WeakSet<object>();
const pending = new WeakMap<object, Wanted>();

/** Called before this plugin's hook: the compiled read path will answer this request's operation. */
export function lookUpInSql(context: object): void {
  answeredInSql.add(context);
}

/**
 * For the compiled statement: the references of this request it cannot find in SQL (values that
 * may name records of several types), looked up now; undefined when the request names none.
 */
export async function referencesForSql(context: object): Promise<ReferenceTable | undefined> {
  const wanted = pending.get(context);
  if (!wanted) return undefined;
  const severalTypes = new Map([...wanted].filter(([, types]) => types.size > 1));
  return severalTypes.size ? lookUpReferences(severalTypes) : new ReferenceTable(new Map());
}

/** Before the resolvers answer a request the compiled read path passed on: its records, looked up as usual. */
export async function lookUpPending(context: object): Promise<void> {
  const wanted = pending.get(context);
  if (!wanted) return;
  pending.delete(context);
  Object.assign(context, { findRecord: (await lookUpReferences(wanted)).find } satisfies Partial<Context>);
}

export function useReferences(): Plugin<Context> {
  // Subscriptions resolve their filter's references the same way, once when they start.
  const lookUp = async ({
    args,
    extendContext,
  }: Pick<Parameters<NonNullable<Plugin<Context>["onSubscribe"]>>[0], "args" | "extendContext">) => {
    // In a mutation, also the global ids its input names, whose records must exist (input-references.ts).
    const ids = new Map<RecordType, Set<string>>();
    const wanted = referencesIn(args.schema, args.document, args.operationName, args.variableValues, ids);
    if (wanted.size > 0 && answeredInSql.has(args.contextValue)) {
      pending.set(args.contextValue, wanted);
      return;
    }
    const table = await lookUpReferences(wanted, ids);
    extendContext({ findRecord: table.find, lookUpRecord: table.lookUp });
  };
  return { onExecute: lookUp, onSubscribe: lookUp };
}
