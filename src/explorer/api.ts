// GraphQL over fetch: every query and mutation the page sends goes through `request`, with a
// document typed by codegen (src/explorer/generated), so its variables and answer are checked.
import type { TypedDocumentString } from "./generated/graphql.js";

export class GraphQLRequestError extends Error {}

export async function request<Result, Variables>(
  document: TypedDocumentString<Result, Variables>,
  variables: Variables,
  signal?: AbortSignal,
): Promise<Result> {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query: document.toString(), variables }),
    signal,
  });
  const body = (await response.json().catch(() => ({}))) as { data?: Result; errors?: { message: string }[] };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((error) => error.message).join("; "));
  if (!response.ok || !body.data) throw new GraphQLRequestError(`The server answered ${response.status}`);
  return body.data;
}

export const isAbort = (error: unknown) => error instanceof DOMException && error.name === "AbortError";
