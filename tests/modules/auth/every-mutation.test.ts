// Every Mutation field, found by walking the built schema (so a new mutation is covered without
// touching this file), called with generated arguments under each kind of bad credentials: each
// call must return the typed ForbiddenError saying what was wrong, and no table may change.
// A valid EDITOR key must get past the check.
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { beforeAll, describe, expect, test } from "vitest";
import { revokeApiKey } from "../../../src/modules/auth/api-key.service.js";
import { schema } from "../../../src/schema/index.js";
import { executeText as execute } from "../../helpers/execute.js";
import { bearer, editorKey, gid, type Headers, type TestKey, tableFingerprints } from "../../helpers/writes.js";

const mutationFields = Object.values(schema.getMutationType()?.getFields() ?? {});

/** Global ids of real seed records, by typename. */
let realIds: Record<string, string>;

beforeAll(async () => {
  realIds = {
    Person: await gid("Person", "kawano"),
    Organization: await gid("Organization", "japan-joint-staff"),
    Meeting: await gid("Meeting", "japan-defense-minister-visit-to-china"),
    Commitment: await gid("Commitment", "japan-china-arf-admm-plus-cooperation"),
    Position: (await positionOf("kawano")) as string,
    SourceDocument: await documentId(),
  };
});

async function positionOf(personSlug: string): Promise<string | undefined> {
  const result = await execute<{ person: { positions: { edges: { node: { id: string } }[] } } }>(
    `query($slug: String!) { person(slug: $slug) { positions(first: 1) { edges { node { id } } } } }`,
    { slug: personSlug },
  );
  return result.data?.person.positions.edges[0]?.node.id;
}

async function documentId(): Promise<string> {
  const result = await execute<{ documents: { edges: { node: { id: string } }[] } }>(
    "{ documents(first: 1) { edges { node { id } } } }",
  );
  return result.data?.documents.edges[0]?.node.id as string;
}

/** Which kind of record a mutation is about: deletePerson -> Person, mergePeople -> Person. */
function entityOf(mutation: string): string {
  const noun = mutation.replace(/^(create|update|delete|merge)/, "").replace(/Status$/, "");
  return { People: "Person", Organizations: "Organization" }[noun] ?? noun;
}

/** Which kind of record an ID field names, from its name (and the mutation for `id`). */
function typenameForId(field: string, mutation: string): string {
  const byField: Record<string, string> = {
    person: "Person",
    makers: "Person",
    addressees: "Person",
    organization: "Organization",
    parent: "Organization",
    document: "SourceDocument",
    meeting: "Meeting",
    commitmentId: "Commitment",
    respondsTo: "Commitment",
    position: "Position",
  };
  return byField[field] ?? entityOf(mutation);
}

/** A minimal, valid-looking value for an input type: required fields only, real ids. */
function dummyValue(type: GraphQLInputType, field: string, mutation: string): unknown {
  const named = getNullableType(type);
  if (isListType(named)) return [dummyValue(named.ofType, field, mutation)];
  if (isEnumType(named)) return named.getValues()[0]?.value;
  if (isInputObjectType(named)) {
    const object: Record<string, unknown> = {};
    for (const inner of Object.values(named.getFields())) {
      if (isNonNullType(inner.type)) object[inner.name] = dummyValue(inner.type, inner.name, mutation);
    }
    return object;
  }
  if (isScalarType(named)) {
    switch (named.name) {
      case "ID":
        return realIds[typenameForId(field, mutation)] ?? realIds.Person;
      case "Int":
        return 1;
      case "Float":
        return 1.5;
      case "Boolean":
        return false;
      case "PartialDate":
        return "2011-08";
      case "Date":
        return "2011-08-09";
      case "DateTime":
        return "2011-08-09T00:00:00Z";
      case "JSON":
        return {};
      default:
        if (field === "quote") return "the Minister";
        if (/country/i.test(field)) return "JP";
        return field === "slug" ? "auth-probe" : `auth probe ${field}`;
    }
  }
  throw new Error(`no dummy value for ${String(type)} at ${mutation}.${field}`);
}

function callOf(field: { name: string; args: readonly GraphQLArgument[] }) {
  const args = field.args.filter((arg) => isNonNullType(arg.type));
  const variables = Object.fromEntries(args.map((arg) => [arg.name, dummyValue(arg.type, arg.name, field.name)]));
  const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(", ");
  const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
  const success = `Mutation${field.name[0]?.toUpperCase()}${field.name.slice(1)}Success`;
  const query = `mutation Probe${declared ? `(${declared})` : ""} {
    result: ${field.name}${passed ? `(${passed})` : ""} {
      __typename
      ... on Error { message }
      ... on ${success} { data { __typename } }
    }
  }`;
  return { query, variables };
}

async function callEvery(headers: Headers) {
  const results: Record<string, { typename?: string; message?: string; errors?: unknown }> = {};
  for (const field of mutationFields) {
    const { query, variables } = callOf(field);
    const response = await execute<{ result: { __typename: string; message?: string } | null }>(
      query,
      variables,
      headers,
    );
    results[field.name] = {
      typename: response.data?.result?.__typename,
      message: response.data?.result?.message,
      errors: response.errors,
    };
  }
  return results;
}

test("the schema has mutations to check, and each one's arguments are generated and valid GraphQL", async () => {
  expect(mutationFields.length).toBeGreaterThanOrEqual(20);
  // A call with no credentials gets past parsing and validation, i.e. reaches the auth check.
  for (const field of mutationFields) {
    const { query, variables } = callOf(field);
    const response = await execute(query, variables);
    expect(response.errors, `${field.name}: ${JSON.stringify(response.errors)}`).toBeUndefined();
  }
});

describe("bad credentials get the typed ForbiddenError and write nothing", () => {
  let revoked: TestKey;
  let other: TestKey;

  beforeAll(async () => {
    revoked = await editorKey("auth-test-revoked");
    expect(await revokeApiKey(revoked.prefix)).toBe(true);
    other = await editorKey("auth-test-other");
  });

  const cases: Array<{ name: string; headers: () => Headers; message: RegExp }> = [
    { name: "no credentials", headers: () => ({}), message: /needs credentials/ },
    { name: "a malformed key", headers: () => bearer("acc_not-a-real-key"), message: /malformed/ },
    {
      name: "a well-formed but wrong key",
      // The prefix of a real key with someone else's secret, and a key that matches no prefix.
      headers: () => bearer(`acc_${other.prefix}_${"A".repeat(43)}`),
      message: /not valid/,
    },
    {
      name: "a well-formed key unknown to the server",
      headers: () => bearer(`acc_${"z".repeat(12)}_${"B".repeat(43)}`),
      message: /not valid/,
    },
    { name: "a revoked key", headers: () => bearer(revoked.key), message: /revoked/ },
    { name: "a revoked key sent as X-API-Key", headers: () => ({ "x-api-key": revoked.key }), message: /revoked/ },
    {
      name: "an Authorization header that is not Bearer",
      headers: () => ({ authorization: `Basic ${Buffer.from("a:b").toString("base64")}` }),
      message: /Bearer/,
    },
  ];

  for (const { name, headers, message } of cases) {
    test(`${name}: every mutation returns ForbiddenError and no table changes`, async () => {
      const before = await tableFingerprints();
      const results = await callEvery(headers());
      for (const field of mutationFields) {
        const result = results[field.name];
        expect(result?.errors, `${field.name}: ${JSON.stringify(result?.errors)}`).toBeUndefined();
        expect(result?.typename, field.name).toBe("ForbiddenError");
        expect(result?.message, field.name).toMatch(message);
      }
      const after = await tableFingerprints();
      expect(Object.keys(before).length).toBeGreaterThanOrEqual(15);
      expect(after).toEqual(before);
    });
  }

  test("a revoked key's message names the key", async () => {
    const results = await callEvery(bearer(revoked.key));
    expect(results.createPerson?.message).toMatch(/"auth-test-revoked" was revoked on \d{4}-\d{2}-\d{2}T/);
  });
});

test("a valid EDITOR key passes the check on every mutation (it may then fail validation)", async () => {
  const editor = await editorKey("auth-test-editor");
  const results = await callEvery(editor.headers);
  for (const field of mutationFields) {
    const result = results[field.name];
    expect(result?.errors, `${field.name}: ${JSON.stringify(result?.errors)}`).toBeUndefined();
    expect(result?.typename, field.name).not.toBe("ForbiddenError");
    expect([
      "ValidationError",
      "NotFoundError",
      "ConflictError",
      `Mutation${field.name[0]?.toUpperCase()}${field.name.slice(1)}Success`,
    ]).toContain(result?.typename);
  }
});
