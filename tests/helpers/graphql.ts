// Small helpers shared by the query tests: global ids looked up by slug through the API,
// connection unpacking, and client-error assertions.
import { expect } from "vitest";
import { data, execute } from "./execute.js";

export type Edges<T> = { edges: { node: T }[] };
export const nodes = <T>(connection: Edges<T>): T[] => connection.edges.map((edge) => edge.node);
export const slugsOf = (connection: Edges<{ slug: string }>): string[] => nodes(connection).map((node) => node.slug);
export const sorted = (values: readonly string[]): string[] => [...values].sort();

type SlugType = "person" | "organization" | "meeting" | "commitment";

/** The global id of a record, asked of the API by slug (ids differ between databases). */
export async function idOf(type: SlugType, slug: string): Promise<string> {
  const result = await data<Record<string, { id: string }>>(
    `query ($slug: String!) { record: ${type}(slug: $slug) { id } }`,
    { slug },
  );
  return result.record?.id as string;
}

/** The global id of a country, by ISO code. */
export async function countryId(code: string): Promise<string> {
  const result = await data<{ country: { id: string } | null }>(
    `query ($code: String!) { country(code: $code) { id } }`,
    { code },
  );
  if (!result.country) throw new Error(`no country ${code}`);
  return result.country.id;
}

/** Runs an operation that must fail with one BAD_USER_INPUT error whose message matches. */
export async function expectBadUserInput(
  query: string,
  variables: Record<string, unknown>,
  message: RegExp,
): Promise<void> {
  const result = await execute(query, variables);
  expect(result.errors, "the request should fail").toBeDefined();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error?.message).toMatch(message);
  expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
}
