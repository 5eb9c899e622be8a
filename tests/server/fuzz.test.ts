// A bounded fuzz run with a fixed seed: ~200 random valid operations generated from the schema
// (random root Query fields, random arguments, random nested selections up to depth 4, with and
// without credentials) and ~110 malformed requests. No answer may be a 5xx, leak internals, or
// (for a valid operation) be an unexpected error; the server still answers at the end.
import { faker } from "@faker-js/faker";
import {
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  getNamedType,
  getNullableType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { beforeAll, expect, test } from "vitest";
import { encodeGlobalId } from "../../src/schema/global-id.js";
import { schema } from "../../src/schema/index.js";
import { LEAKS, type RawResponse, request } from "../helpers/server.js";
import { editorKey, sql } from "../helpers/writes.js";

const SEED = 20_261_127;
const VALID_OPERATIONS = 200;
const MAX_DEPTH = 4;

let ids: string[] = [];
let authHeaders: Record<string, string> = {};

beforeAll(async () => {
  const tables = {
    Person: "person",
    Organization: "organization",
    Meeting: "meeting",
    Commitment: "commitment",
    Position: "position",
    SourceDocument: "source_document",
    Country: "country",
  };
  for (const [typename, table] of Object.entries(tables)) {
    for (const row of await sql<{ id: string }>(`SELECT id::text FROM ${table} ORDER BY id LIMIT 5`))
      ids.push(encodeGlobalId(typename, row.id));
  }
  const participations = await sql<{ id: string }>("SELECT id::text FROM participation ORDER BY id LIMIT 3");
  ids = [...ids, ...participations.map((row) => encodeGlobalId("Participation", row.id))];
  authHeaders = (await editorKey("fuzz-editor")).headers;
});

// --- Values -------------------------------------------------------------------------------------

function scalarValue(name: string, argName: string): unknown {
  switch (name) {
    case "ID":
      return faker.helpers.weightedArrayElement([
        { weight: 8, value: () => faker.helpers.arrayElement(ids) },
        { weight: 1, value: () => faker.string.alphanumeric({ length: { min: 1, max: 30 } }) },
        {
          weight: 1,
          value: () => encodeGlobalId(faker.helpers.arrayElement(["Person", "Meeting", "Nope"]), faker.string.uuid()),
        },
      ])();
    case "Int":
      if (argName === "first" || argName === "last")
        return faker.helpers.weightedArrayElement([
          { weight: 8, value: faker.number.int({ min: 0, max: 10 }) },
          { weight: 1, value: faker.number.int({ min: 90, max: 120 }) },
          { weight: 1, value: -1 },
        ]);
      return faker.number.int({ min: -5, max: 2_000 });
    case "Float":
      return faker.number.float({ min: -10, max: 10 });
    case "Boolean":
      return faker.datatype.boolean();
    case "PartialDate":
      return faker.helpers.arrayElement([
        String(faker.number.int({ min: 1990, max: 2030 })),
        faker.date.past({ years: 30 }).toISOString().slice(0, 7),
        faker.date.past({ years: 30 }).toISOString().slice(0, 10),
      ]);
    case "Date":
      return faker.date.past({ years: 30 }).toISOString().slice(0, 10);
    case "DateTime":
      return faker.date.past({ years: 30 }).toISOString();
    case "JSON":
      return { [faker.lorem.word()]: faker.lorem.word() };
    default:
      if (argName === "after" || argName === "before")
        return faker.helpers.arrayElement([
          faker.string.alphanumeric(12),
          Buffer.from(faker.lorem.word()).toString("base64"),
        ]);
      if (/country|code|placeCountry/i.test(argName))
        return faker.helpers.arrayElement(["JP", "CN", "jp", "ZZ", faker.location.countryCode()]);
      return faker.helpers.arrayElement([
        faker.lorem.word(),
        faker.person.lastName(),
        faker.lorem.words(3),
        faker.string.sample(12),
        "kitazawa",
        "peacekeeping",
      ]);
  }
}

function inputValue(type: GraphQLInputType, name: string, depth: number): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable))
    return Array.from({ length: faker.number.int({ min: 0, max: 3 }) }, () =>
      inputValue(nullable.ofType, name, depth + 1),
    );
  if (isEnumType(nullable)) return faker.helpers.arrayElement(nullable.getValues()).value;
  if (isScalarType(nullable)) return scalarValue(nullable.name, name);
  if (isInputObjectType(nullable)) {
    const object: Record<string, unknown> = {};
    for (const field of Object.values(nullable.getFields())) {
      const recursive = getNamedType(field.type) === nullable;
      if (isNonNullType(field.type) || ((!recursive || depth < 2) && faker.datatype.boolean(0.3)))
        object[field.name] = inputValue(field.type, field.name, depth + 1);
    }
    return object;
  }
  return null;
}

// --- Operations ----------------------------------------------------------------------------------

interface Operation {
  query: string;
  variables: Record<string, unknown>;
}

function argumentsFor(
  args: readonly GraphQLArgument[],
  variables: Record<string, unknown>,
  declarations: string[],
): string {
  const chosen = args.filter((arg) => isNonNullType(arg.type) || faker.datatype.boolean(0.4));
  const parts = chosen.map((arg) => {
    const variable = `v${declarations.length}`;
    declarations.push(`$${variable}: ${String(arg.type)}`);
    variables[variable] = inputValue(arg.type, arg.name, 0);
    return `${arg.name}: $${variable}`;
  });
  return parts.length ? `(${parts.join(", ")})` : "";
}

function selectionFor(
  type: GraphQLNamedType,
  depth: number,
  variables: Record<string, unknown>,
  declarations: string[],
): string {
  if (isLeafType(type)) return "";
  if (isAbstractType(type)) {
    const possible = faker.helpers.arrayElements(schema.getPossibleTypes(type), { min: 1, max: 2 });
    return `{ __typename ${possible.map((object) => `... on ${object.name} ${selectionFor(object, depth, variables, declarations)}`).join(" ")} }`;
  }
  const object = type as GraphQLObjectType;
  const fields = Object.values(object.getFields());
  const leaves = fields.filter(
    (field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)),
  );
  const nested = depth < MAX_DEPTH ? fields.filter((field) => !isLeafType(getNamedType(field.type))) : [];
  const picked: GraphQLField<unknown, unknown>[] = [
    ...faker.helpers.arrayElements(leaves, { min: Math.min(1, leaves.length), max: Math.min(3, leaves.length) }),
    ...faker.helpers.arrayElements(nested, { min: 0, max: Math.min(2, nested.length) }),
  ];
  const parts = picked.map(
    (field) =>
      `${field.name}${argumentsFor(field.args, variables, declarations)} ${selectionFor(getNamedType(field.type), depth + 1, variables, declarations)}`,
  );
  return `{ __typename ${parts.join(" ")} }`;
}

function randomOperation(): Operation {
  const query = schema.getQueryType() as GraphQLObjectType;
  const field = faker.helpers.arrayElement(Object.values(query.getFields()));
  const variables: Record<string, unknown> = {};
  const declarations: string[] = [];
  const args = argumentsFor(field.args, variables, declarations);
  const selection = selectionFor(getNamedType(field.type), 2, variables, declarations);
  return {
    query: `query Fuzz${declarations.length ? `(${declarations.join(", ")})` : ""} { ${field.name}${args} ${selection} }`,
    variables,
  };
}

// --- Malformed requests -------------------------------------------------------------------------

type Malformed = { name: string; method?: string; path?: string; headers?: Record<string, string>; body?: string };

function malformedRequests(): Malformed[] {
  const json = { "content-type": "application/json" };
  const requests: Malformed[] = [
    { name: "empty body", headers: json, body: "" },
    { name: "body null", headers: json, body: "null" },
    { name: "body number", headers: json, body: "42" },
    { name: "body string", headers: json, body: '"{ __typename }"' },
    { name: "query null", headers: json, body: JSON.stringify({ query: null }) },
    { name: "query number", headers: json, body: JSON.stringify({ query: 7 }) },
    { name: "variables null", headers: json, body: JSON.stringify({ query: "{ __typename }", variables: null }) },
    { name: "variables array", headers: json, body: JSON.stringify({ query: "{ __typename }", variables: [1, 2] }) },
    { name: "extensions string", headers: json, body: JSON.stringify({ query: "{ __typename }", extensions: "x" }) },
    {
      name: "unknown operationName",
      headers: json,
      body: JSON.stringify({ query: "query A { __typename }", operationName: "B" }),
    },
    {
      name: "two operations, no name",
      headers: json,
      body: JSON.stringify({ query: "query A { __typename } query B { __typename }" }),
    },
    { name: "deeply nested JSON", headers: json, body: `${"[".repeat(5_000)}${"]".repeat(5_000)}` },
    {
      name: "huge string variable",
      headers: json,
      body: JSON.stringify({
        query: "query($q: String!) { people(filter: { name: { contains: $q } }) { totalCount } }",
        variables: { q: "x".repeat(1_000_000) },
      }),
    },
    {
      name: "huge search",
      headers: json,
      body: JSON.stringify({
        query: "query($q: String!) { search(query: $q) { totalCount } }",
        variables: { q: "kitazawa ".repeat(100_000) },
      }),
    },
    {
      name: "huge slug",
      headers: json,
      body: JSON.stringify({
        query: "query($s: String) { person(slug: $s) { id } }",
        variables: { s: "a".repeat(500_000) },
      }),
    },
    {
      name: "huge id list",
      headers: json,
      body: JSON.stringify({
        query: "query($ids: [ID!]!) { nodes(ids: $ids) { id } }",
        variables: { ids: Array(5_000).fill("x") },
      }),
    },
    {
      name: "string for Int",
      headers: json,
      body: JSON.stringify({ query: "query($n: Int) { people(first: $n) { totalCount } }", variables: { n: "ten" } }),
    },
    {
      name: "float for Int",
      headers: json,
      body: JSON.stringify({ query: "query($n: Int) { people(first: $n) { totalCount } }", variables: { n: 1.5 } }),
    },
    {
      name: "object for ID",
      headers: json,
      body: JSON.stringify({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: { a: 1 } } }),
    },
    {
      name: "null for non-null",
      headers: json,
      body: JSON.stringify({ query: "query($id: ID!) { node(id: $id) { id } }", variables: { id: null } }),
    },
    {
      name: "missing variable",
      headers: json,
      body: JSON.stringify({ query: "query($id: ID!) { node(id: $id) { id } }" }),
    },
    {
      name: "bad enum",
      headers: json,
      body: JSON.stringify({
        query: "query($o: PersonOrder) { people(orderBy: $o) { totalCount } }",
        variables: { o: "SIDEWAYS" },
      }),
    },
    {
      name: "bad partial date",
      headers: json,
      body: JSON.stringify({ query: '{ meetings(filter: { date: { from: "2011-13" } }) { totalCount } }' }),
    },
    {
      name: "bad Date",
      headers: json,
      body: JSON.stringify({ query: '{ people { edges { node { positions(asOf: "yesterday") { totalCount } } } } }' }),
    },
    {
      name: "NUL in argument",
      headers: json,
      body: JSON.stringify({
        query: "query($s: String!) { country(code: $s) { name } }",
        variables: { s: "j\u0000p" },
      }),
    },
    {
      name: "lone surrogate",
      headers: json,
      body: '{"query":"query($s: String!) { person(slug: $s) { id } }","variables":{"s":"\\ud800"}}',
    },
    {
      name: "mutation with bad input",
      headers: json,
      body: JSON.stringify({ query: "mutation { createPerson(input: {}) { __typename } }" }),
    },
    { name: "subscription", headers: json, body: JSON.stringify({ query: "subscription { __typename }" }) },
    {
      name: "text/plain",
      headers: { "content-type": "text/plain" },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
    { name: "application/xml", headers: { "content-type": "application/xml" }, body: "<query>{ __typename }</query>" },
    {
      name: "graphql-response+json request body",
      headers: { "content-type": "application/graphql-response+json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
    { name: "application/graphql", headers: { "content-type": "application/graphql" }, body: "{ __typename }" },
    {
      name: "bad multipart",
      headers: { "content-type": "multipart/form-data; boundary=xyz" },
      body: "--xyz\r\nnonsense",
    },
    {
      name: "charset nonsense",
      headers: { "content-type": "application/json; charset=klingon" },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
    {
      name: "accept nothing acceptable",
      headers: { ...json, accept: "image/png" },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
    { name: "PUT", method: "PUT", headers: json, body: JSON.stringify({ query: "{ __typename }" }) },
    { name: "DELETE", method: "DELETE", headers: json },
    { name: "PATCH", method: "PATCH", headers: json, body: "{}" },
    {
      name: "GET bad variables",
      method: "GET",
      path: `/graphql?query=${encodeURIComponent("query($n: Int) { people(first: $n) { totalCount } }")}&variables=%7Bnot-json`,
      headers: { "x-graphql-yoga-csrf": "1" },
    },
    {
      name: "GET mutation",
      method: "GET",
      path: `/graphql?query=${encodeURIComponent('mutation { deletePerson(input: { id: "x" }) { __typename } }')}`,
      headers: { "x-graphql-yoga-csrf": "1" },
    },
    { name: "unknown path", method: "GET", path: "/../../etc/passwd" },
    {
      name: "bad bearer",
      headers: { ...json, authorization: `Bearer ${"x".repeat(10_000)}` },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
    {
      name: "bad x-request-id",
      headers: { ...json, "x-request-id": "\u0000".repeat(3) },
      body: JSON.stringify({ query: "{ __typename }" }),
    },
  ];
  // Random garbage bodies, reproducible from the seed.
  for (let i = 0; i < 40; i++) {
    requests.push({
      name: `garbage ${i}`,
      headers: faker.helpers.arrayElement<Record<string, string>>([
        json,
        { "content-type": "application/x-www-form-urlencoded", "x-graphql-yoga-csrf": "1" },
        {},
      ]),
      body: faker.helpers.arrayElement([
        faker.string.sample({ min: 1, max: 200 }),
        `{"query":"${faker.string.sample(40).replace(/["\\]/g, "")}"}`,
        faker.lorem.paragraph(),
      ]),
    });
  }
  // Valid JSON, broken GraphQL.
  for (let i = 0; i < 30; i++) {
    const broken = randomOperation().query;
    const cut = faker.number.int({ min: 1, max: broken.length - 1 });
    requests.push({
      name: `truncated operation ${i}`,
      headers: json,
      body: JSON.stringify({ query: broken.slice(0, cut) }),
    });
  }
  return requests;
}

// --- The run ------------------------------------------------------------------------------------

/** What is wrong with an answer: a 5xx, or text that leaks internals. */
function problemsOf(response: RawResponse, what: string): string[] {
  const problems: string[] = [];
  if (response.status >= 500) problems.push(`${what}: status ${response.status} ${response.text.slice(0, 200)}`);
  for (const leak of LEAKS)
    if (leak.test(response.text)) problems.push(`${what}: leaks ${leak} in ${response.text.slice(0, 200)}`);
  return problems;
}

test("fuzz: random valid operations and malformed requests never get a 5xx, an unexpected error or a leak", {
  timeout: 180_000,
}, async () => {
  faker.seed(SEED);
  const unexpected: string[] = [];
  const problems: string[] = [];
  const statuses = new Map<number, number>();
  let sent = 0;

  for (let i = 0; i < VALID_OPERATIONS; i++) {
    const operation = randomOperation();
    const headers = faker.datatype.boolean() ? authHeaders : {};
    const response = await request({ body: operation, headers });
    sent++;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    problems.push(...problemsOf(response, operation.query));
    expect(response.json, operation.query).toBeDefined();
    for (const error of response.json?.errors ?? []) {
      expect(error.extensions?.requestId, operation.query).toEqual(expect.any(String));
      if (error.message === "Unexpected error.")
        unexpected.push(`${operation.query} ${JSON.stringify(operation.variables).slice(0, 300)}`);
    }
  }

  for (const malformed of malformedRequests()) {
    const response = await request({
      method: malformed.method ?? "POST",
      path: malformed.path,
      headers: malformed.headers,
      body: malformed.body,
    });
    sent++;
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    problems.push(...problemsOf(response, malformed.name));
  }

  console.log(
    `fuzz: ${sent} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}, unexpected errors on valid operations: ${unexpected.length}`,
  );
  expect(sent).toBeGreaterThanOrEqual(300);
  expect(problems).toEqual([]);
  // A well-formed operation may be refused (bad id, page cap, cost), but never crash a resolver.
  expect(unexpected).toEqual([]);

  // The server still answers.
  const health = await request({ method: "GET", path: "/health" });
  expect(health.status).toBe(200);
  const query = await request({ body: { query: "{ countries { code } }" } });
  expect(query.status).toBe(200);
  expect(query.json?.errors).toBeUndefined();
});
