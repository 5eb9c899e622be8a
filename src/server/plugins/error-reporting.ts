// Every error sent to a client carries the request id; unexpected errors are logged with it
// and reach the client only as a masked "Unexpected error." (no SQL, stack or host).
import { PothosValidationError } from "@pothos/core";
import { GraphQLError } from "graphql";
import { type Plugin, maskError as yogaMaskError } from "graphql-yoga";
import { env } from "../../infra/env.js";
import { logger } from "../../infra/logger.js";
import { quoted, ValidationError } from "../../modules/shared/errors.js";
import { CURSOR_ECHO_LENGTH } from "../../schema/cursors.js";
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

/** Longest message a client gets: some (graphql-js' coercion errors, Pothos') quote the input whole. */
export const MAX_ERROR_MESSAGE_LENGTH = 1_000;

/**
 * The message as a client sees it: without suggestions, Pothos' "Invalid cursor: <the cursor>"
 * with the cursor cut short, and nothing longer than MAX_ERROR_MESSAGE_LENGTH.
 */
function clientMessage(message: string): string {
  const invalidCursor = /^Invalid cursor: ([\s\S]*)$/.exec(message);
  const said = invalidCursor
    ? `Invalid cursor: ${quoted(invalidCursor[1] as string, CURSOR_ECHO_LENGTH)}`
    : withoutSuggestions(message);
  return said.length <= MAX_ERROR_MESSAGE_LENGTH
    ? said
    : `${said.slice(0, MAX_ERROR_MESSAGE_LENGTH)}… (message cut at ${MAX_ERROR_MESSAGE_LENGTH} characters)`;
}

/** Codes for errors raised without one (Yoga's CSRF check, for one), by their HTTP status. */
const CODE_BY_STATUS: Record<number, string> = {
  400: "BAD_REQUEST",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  405: "METHOD_NOT_ALLOWED",
  415: "UNSUPPORTED_MEDIA_TYPE",
};

/**
 * What a client sees in an error's extensions: always a code and the request id, and of an
 * original error only its name (Yoga's invalid-JSON error would echo the body back in its
 * message; Yoga reads the name's presence to answer 400). Pothos' own argument checks (a
 * malformed cursor) are the caller's mistake: BAD_USER_INPUT.
 */
function clientExtensions(error: ErrorJson & { originalError?: unknown }, requestId: string): Record<string, unknown> {
  const { originalError, ...extensions } = error.extensions ?? {};
  const status = (extensions.http as { status?: number } | undefined)?.status;
  const code =
    extensions.code ??
    (error.originalError instanceof PothosValidationError
      ? "BAD_USER_INPUT"
      : status
        ? CODE_BY_STATUS[status]
        : undefined);
  return {
    ...extensions,
    ...(originalError ? { originalError: { name: (originalError as { name?: string }).name } } : {}),
    ...(code ? { code } : {}),
    requestId,
  };
}

export function useErrorReporting(): Plugin<Context> {
  return {
    onResponse({ request, response }) {
      const requestId = requestIdOf(request);
      response.headers.set("x-request-id", requestId);
      // Whatever failed and wherever (context, plugins, execution), a server error leaves a line
      // with the request id the client was given; the cause is logged where it is caught.
      if (response.status >= 500) {
        const entry = {
          requestId,
          status: response.status,
          method: request.method,
          path: new URL(request.url).pathname,
        };
        if (response.status === 503) logger.warn(entry, "answered 503: service unavailable");
        else logger.error(entry, `answered ${response.status}`);
      }
    },
    onExecute({ args }) {
      return {
        onExecuteDone({ result }) {
          if (!("errors" in result)) return;
          const requestId = args.contextValue.requestId;
          for (const error of result.errors ?? []) {
            if (!isUnexpected(error)) continue;
            // An outage is not a bug: one short line each, not a stack per request.
            if (isStatementTimeout(error.originalError))
              logger.warn(
                { requestId, path: error.path, limitMs: env.DB_STATEMENT_TIMEOUT_MS },
                "a statement ran past DB_STATEMENT_TIMEOUT_MS and was cancelled",
              );
            else if (isDatabaseUnavailable(error.originalError))
              logger.warn(
                { requestId, path: error.path, error: error.originalError?.message },
                "database unavailable while resolving",
              );
            else
              logger.error(
                { requestId, path: error.path, err: error.originalError },
                "unexpected error while resolving",
              );
          }
        },
      };
    },
    // After masking, for every result: parse, validation, limit and execution errors alike.
    onResultProcess({ request, result, setResult }) {
      if (
        Array.isArray(result) ||
        !result ||
        typeof result !== "object" ||
        !("errors" in result) ||
        !Array.isArray(result.errors)
      )
        return;
      const requestId = requestIdOf(request);
      const errors = (result.errors as Array<GraphQLError | (ErrorJson & { message: string })>).map((error) =>
        error instanceof GraphQLError
          ? new GraphQLError(clientMessage(error.message), {
              ...error,
              originalError: error.originalError,
              extensions: clientExtensions(error, requestId),
            })
          : { ...error, message: clientMessage(error.message), extensions: clientExtensions(error, requestId) },
      );
      setResult({ ...result, errors } as typeof result);
    },
  };
}

// P1017 / ConnectionClosed: Prisma's words for a connection the database closed mid-statement
// (a fast or immediate shutdown), including in the middle of a transaction.
const UNAVAILABLE =
  /ECONNREFUSED|ECONNRESET|ETIMEDOUT|57P01|57P03|P1017|ConnectionClosed|Server has closed the connection|DatabaseNotReachable|Can't reach database|Connection terminated|timeout exceeded when trying to connect|terminating connection due to administrator command|not queryable|the database system is (starting up|shutting down)/i;

/** Connection failures while the database is down or restarting, anywhere in the cause chain. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const cause of causes(error)) {
    const { name, message, code, originalCode } = cause as {
      name?: string;
      message?: string;
      code?: string;
      originalCode?: string;
    };
    if (UNAVAILABLE.test(`${name} ${message} ${code} ${originalCode}`)) return true;
  }
  return false;
}

/** The errors a cause chain is made of, outermost first (a few levels at most). */
function* causes(error: unknown): Generator<object> {
  for (let cause = error, depth = 0; cause && depth < 5; cause = (cause as { cause?: unknown }).cause, depth++) {
    if (typeof cause !== "object") return;
    yield cause;
  }
}

/**
 * PostgreSQL cancelled a statement that ran past DB_STATEMENT_TIMEOUT_MS (SQLSTATE 57014), as
 * node-postgres reports it (the compiled read path, raw SQL) and as Prisma's driver adapter does.
 */
export function isStatementTimeout(error: unknown): boolean {
  for (const cause of causes(error)) {
    const { message, code, originalCode } = cause as { message?: string; code?: string; originalCode?: string };
    if (
      code === "57014" ||
      originalCode === "57014" ||
      /canceling statement due to statement timeout/.test(`${message}`)
    )
      return true;
  }
  return false;
}

/** Yoga's masking, never in development mode (it would expose stacks); database outages say so. */
export function maskError(error: unknown, message: string): Error {
  const original = error instanceof GraphQLError ? error.originalError : error;
  // Not a fault of the server's, nor worth retrying as it is: the query asks for too much work.
  if (isStatementTimeout(original)) {
    return new GraphQLError(
      `The query took longer than ${env.DB_STATEMENT_TIMEOUT_MS} ms (DB_STATEMENT_TIMEOUT_MS, the limit on one SQL statement) and was cancelled: narrow its filters or ask for smaller pages (first)`,
      {
        ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
        extensions: { code: "QUERY_TIMEOUT", retryable: false, limitMs: env.DB_STATEMENT_TIMEOUT_MS },
      },
    );
  }
  if (isDatabaseUnavailable(original)) {
    return new GraphQLError("The database is unavailable; retry shortly", {
      ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
      extensions: { code: "SERVICE_UNAVAILABLE", retryable: true, http: { status: 503 } },
    });
  }
  // A query's bad input found by domain code (a filter's date range, say): the client's mistake, said as such.
  if (original instanceof ValidationError) {
    const message = original.issues
      .map((issue) => (issue.path.length ? `${issue.path.join(".")}: ${issue.message}` : issue.message))
      .join("; ");
    return new GraphQLError(message, {
      ...(error instanceof GraphQLError ? { path: error.path, nodes: error.nodes } : {}),
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  if (original instanceof SyntaxError) {
    return new GraphQLError(`The request is not valid JSON: ${original.message}`, {
      extensions: { code: "BAD_REQUEST", http: { status: 400 } },
    });
  }
  return yogaMaskError(error, message, false);
}
