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

/** Yoga's masking, never in development mode (it would expose stacks), keeping the request id. */
export function maskError(error: unknown, message: string): Error {
  const masked = yogaMaskError(error, message, false);
  const requestId = error instanceof GraphQLError ? error.extensions.requestId : undefined;
  if (requestId === undefined || !(masked instanceof GraphQLError) || masked === error) return masked;
  return new GraphQLError(masked.message, { ...masked, extensions: { ...masked.extensions, requestId } });
}
