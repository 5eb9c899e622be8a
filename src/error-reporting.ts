// Every error sent to a client carries the request id; unexpected errors are logged with it
// and reach the client only as a masked "Unexpected error." (no SQL, stack or host).
import { GraphQLError } from "graphql";
import { maskError as yogaMaskError, type Plugin } from "graphql-yoga";
import type { Context } from "./context.js";
import { logger } from "./logger.js";

const REQUEST_ID = /^[\w.-]{1,100}$/;
const requestIds = new WeakMap<Request, string>();

/** The caller's X-Request-Id when it is well-formed, otherwise a fresh one. */
export function requestIdOf(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const given = request.headers.get("x-request-id");
    id = given && REQUEST_ID.test(given) ? given : crypto.randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

function isUnexpected(error: GraphQLError): boolean {
  return error.originalError != null && !(error.originalError instanceof GraphQLError);
}

export function useErrorReporting(): Plugin<Context> {
  return {
    onResponse({ request, response }) {
      response.headers.set("x-request-id", requestIdOf(request));
    },
    onExecute({ args }) {
      const { requestId } = args.contextValue;
      return {
        onExecuteDone({ result, setResult }) {
          if (!("errors" in result) || !result.errors?.length) return;
          const errors = result.errors.map((error) => {
            if (isUnexpected(error)) logger.error({ requestId, path: error.path, err: error.originalError }, "unexpected error while resolving");
            return new GraphQLError(error.message, { ...error, originalError: error.originalError, extensions: { ...error.extensions, requestId } });
          });
          setResult({ ...result, errors });
        },
      };
    },
  };
}

/** Connection failures while the database is down or restarting: the client may retry. */
function isDatabaseUnavailable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.name} ${error.message} ${(error as { code?: string }).code ?? ""}` : "";
  return /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|DatabaseNotReachable|Can't reach database|Connection terminated|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i.test(text);
}

/** Yoga's masking, never in development mode (it would expose stacks), keeping the request id. */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isDatabaseUnavailable(original)) {
    const requestId = error instanceof GraphQLError ? error.extensions.requestId : undefined;
    return new GraphQLError("The database is unavailable; retry shortly", {
      ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
      extensions: { code: "SERVICE_UNAVAILABLE", retryable: true, requestId, http: { status: 503 } },
    });
  }
  const masked = yogaMaskError(error, message, false);
  const requestId = error instanceof GraphQLError ? error.extensions.requestId : undefined;
  if (requestId === undefined || !(masked instanceof GraphQLError) || masked === error) return masked;
  return new GraphQLError(masked.message, { ...masked, extensions: { ...masked.extensions, requestId } });
}
