// Request-scoped data only: who is calling. The database client is imported where used.
import type { Scope } from "../generated/prisma/enums.js";
import type { FindRecord, LookUpRecord } from "../modules/shared/filters.js";

export interface Caller {
  apiKeyId: string;
  name: string;
  scopes: Scope[];
}

export interface Context {
  /** Echoed in logs and in error responses, so a report can be matched to a log line. */
  requestId: string;
  /** The authenticated API key, if the request carried a valid one. */
  caller: Caller | null;
  /** Why presented credentials were not accepted (wrong or revoked key), for the error message. */
  credentialProblem: string | null;
  /** The key could not be checked because the database is down: writes get SERVICE_UNAVAILABLE. */
  authUnavailable?: boolean;
  /** The records the operation names by slug or ISO code, looked up before execution (plugins/references.ts). */
  findRecord?: FindRecord;
  /** The same table for mutation inputs, which report a problem at its input path instead of throwing. */
  lookUpRecord?: LookUpRecord;
}

type ServerContext = Context & { req?: { socket?: { remoteAddress?: string } }; request: Request };

/**
 * Who is calling, for per-caller limits: its API key, else its client address (X-Forwarded-For
 * only when `trustProxy` says a proxy in front sets it).
 */
export function callerKeyOf(context: Context, trustProxy: boolean): string {
  if (context.caller) return `key:${context.caller.apiKeyId}`;
  const { request, req } = context as ServerContext;
  const forwarded = trustProxy ? request.headers.get("x-forwarded-for")?.split(",")[0]?.trim() : undefined;
  return `ip:${forwarded ?? req?.socket?.remoteAddress ?? "unknown"}`;
}
