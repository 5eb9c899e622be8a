// Looks up every slug and ISO code an operation names in one statement before it executes, so
// resolvers and plugin-prisma's synchronous nested queries find them in the context.
// Registered after the response cache: a cached answer needs no lookup.
import type { Plugin } from "graphql-yoga";
import { lookUpReferences, referencesIn } from "../../schema/references.js";
import type { Context } from "../context.js";

export function useReferences(): Plugin<Context> {
  // Subscriptions resolve their filter's references the same way, once when they start.
  const lookUp = async ({
    args,
    extendContext,
  }: Pick<Parameters<NonNullable<Plugin<Context>["onSubscribe"]>>[0], "args" | "extendContext">) => {
    const wanted = referencesIn(args.schema, args.document, args.operationName, args.variableValues);
    extendContext({ findRecord: (await lookUpReferences(wanted)).find });
  };
  return { onExecute: lookUp, onSubscribe: lookUp };
}
