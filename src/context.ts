// Request-scoped data only. The database client is imported where it is used.
import type { YogaInitialContext } from "graphql-yoga";

export interface Context {
  /** Echoed in logs and in error responses, so a report can be matched to a log line. */
  requestId: string;
}

export function createContext(initial: YogaInitialContext & { requestId: string }): Context {
  return { requestId: initial.requestId };
}
