// Which reads must see the latest writes (src/infra/replicas.ts routes the rest to replicas):
// a mutation's own reads, and every read of a caller with credentials, so that callers read
// their own writes on any server behind the load balancer without shared state. Anonymous
// reads go to replicas, except just after this server's own mutations (see writeCommitted).
import { getOperationAST } from "graphql";
import type { Plugin } from "graphql-yoga";
import { onPrimary, writeCommitted } from "../../infra/db.js";
import type { Context } from "../context.js";

export function useReadRouting(): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const mutation = getOperationAST(args.document, args.operationName)?.operation === "mutation";
      if (mutation || args.contextValue.caller) setExecuteFn((executeArgs) => onPrimary(() => executeFn(executeArgs)));
      if (mutation) return { onExecuteDone: () => writeCommitted() };
    },
  };
}
