// Every error sent to a client carries the request id; unexpected errors are logged with it
// and reach the client only as a masked "Unexpected error." (no SQL, stack or host).
import { GraphQLError } from "graphql";
import { type Plugin, maskError as yogaMaskError } from "graphql-yoga";
import { logger } from "../../infra/logger.js";
import { ValidationError } from "../../modules/shared/errors.js";
import type { Context } from "../context.js";

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

type ErrorJson = { extensions?: Record<string, unknown> };

/** graphql-js suggests fields and enum values ("Did you mean ...?"), which would reveal the schema. */
const withoutSuggestions = (message: string) => message.replace(/ ?Did you mean [^?]*\?/g, "");

export function useErrorReporting(): Plugin<Context> {
  return {
    onResponse({ request, response }) {
      response.headers.set("x-request-id", requestIdOf(request));
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (!("errors" in result)) return;
          for (const error of result.errors ?? []) {
            if (isUnexpected(error))
              logger.error({ requestId: args.contextValue.requestId, path: error.path, err: error.originalError }, "unexpected error while resolving");
          }
        },
      };
    },
    // After masking, for every result: parse, validation, limit and execution errors alike.
    onResultProcess({ request, result, setResult }) {
      if (Array.isArray(result) || !result || typeof result !== "object" || !("errors" in result) || !Array.isArray(result.errors)) return;
      const requestId = requestIdOf(request);
      const errors = (result.errors as Array<GraphQLError | (ErrorJson & { message: string })>).map((error) =>
        error instanceof GraphQLError
          ? new GraphQLError(withoutSuggestions(error.message), {
              ...error,
              originalError: error.originalError,
              extensions: { ...error.extensions, requestId },
            })
          : { ...error, message: withoutSuggestions(error.message), extensions: { ...error.extensions, requestId } },
      );
      setResult({ ...result, errors } as typeof result);
    },
  };
}

const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|DatabaseNotReachable|Can't reach database|Connection terminated|timeout exceeded when trying to connect|terminating connection due to administrator command|not queryable|the database system is (starting up|shutting down)/i;

/** Connection failures while the database is down or restarting, anywhere in the cause chain. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    if (typeof cause !== "object") return false;
    const { name, message, code, originalCode } = cause as { name?: string; message?: string; code?: string; originalCode?: string };
    if (UNAVAILABLE.test(`${name} ${message} ${code} ${originalCode}`)) return true;
  }
  return false;
}

/** Yoga's masking, never in development mode (it would expose stacks); database outages say so. */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  if (isDatabaseUnavailable(original)) {
    return new GraphQLError("The database is unavailable; retry shortly", {
      ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
      extensions: { code: "SERVICE_UNAVAILABLE", retryable: true, http: { status: 503 } },
    });
  }
  // A query's bad input found by domain code (a filter's date range, say): the client's mistake, said as such.
  if (original instanceof ValidationError) {
    const message = original.issues.map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message)).join("; ");
    return new GraphQLError(message, {
      ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  if (original instanceof SyntaxError) {
    return new GraphQLError(`The request is not valid JSON: ${original.message}`, { extensions: { code: "BAD_REQUEST", http: { status: 400 } } });
  }
  return yogaMaskError(error, message, false);
}
