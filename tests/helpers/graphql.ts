// Small helpers shared by the query tests: global ids looked up by slug through the API,
// connection unpacking, and client-error assertions.
import { expect } from "vitest";
import { graphql } from "../generated/index.js";
import { data, execute, executeText, type Operation } from "./execute.js";

export type Edges<T> = { edges: { node: T }[] };
export const nodes = <T>(connection: Edges<T>): T[] => connection.edges.map((edge) => edge.node);
export const slugsOf = (connection: Edges<{ slug: string }>): string[] => nodes(connection).map((node) => node.slug);
export const sorted = (values: readonly string[]): string[] => [...values].sort();

type SlugType = "person" | "organization" | "meeting" | "commitment";

const ID_BY_SLUG: Record<SlugType, Operation<{ record: { id: string } | null }, { slug: string }>> = {
  person: graphql(`
    query PersonIdBySlug($slug: String!) {
      record: person(slug: $slug) {
        id
      }
    }
  `),
  organization: graphql(`
    query OrganizationIdBySlug($slug: String!) {
      record: organization(slug: $slug) {
        id
      }
    }
  `),
  meeting: graphql(`
    query MeetingIdBySlug($slug: String!) {
      record: meeting(slug: $slug) {
        id
      }
    }
  `),
  commitment: graphql(`
    query CommitmentIdBySlug($slug: String!) {
      record: commitment(slug: $slug) {
        id
      }
    }
  `),
};

/** The global id of a record, asked of the API by slug (ids differ between databases). */
export async function idOf(type: SlugType, slug: string): Promise<string> {
  const result = await data(ID_BY_SLUG[type], { slug });
  if (!result.record) throw new Error(`no ${type} ${slug}`);
  return result.record.id;
}

const COUNTRY_ID = graphql(`
  query CountryIdByCode($code: String!) {
    country(code: $code) {
      id
    }
  }
`);

/** The global id of a country, by ISO code. */
export async function countryId(code: string): Promise<string> {
  const result = await data(COUNTRY_ID, { code });
  if (!result.country) throw new Error(`no country ${code}`);
  return result.country.id;
}

/** Runs an operation that must fail with one BAD_USER_INPUT error whose message matches. */
export async function expectBadUserInput<TResult, TVariables>(
  operation: Operation<TResult, TVariables>,
  variables: TVariables,
  message: RegExp,
): Promise<void>;
/** The same for a text operation (see executeText: only for documents codegen must not check). */
export async function expectBadUserInput(
  query: string,
  variables: Record<string, unknown>,
  message: RegExp,
): Promise<void>;
export async function expectBadUserInput(
  operation: Operation<unknown, unknown> | string,
  variables: unknown,
  message: RegExp,
): Promise<void> {
  const result =
    typeof operation === "string"
      ? await executeText(operation, variables as Record<string, unknown>)
      : await execute(operation, variables);
  expect(result.errors, "the request should fail").toBeDefined();
  expect(result.errors).toHaveLength(1);
  const [error] = result.errors ?? [];
  expect(error?.message).toMatch(message);
  expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
}
