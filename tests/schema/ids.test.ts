// Global ids: node(id:) and nodes(ids:) load the typed object an id was issued for, and every
// bad id gets a client error that says what was wrong (never a masked "Unexpected error."),
// with the request id in its extensions.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { dataText as data, executeText as execute } from "../helpers/execute.js";

type GraphQLErrorShape = { message: string; path?: Array<string | number>; extensions?: Record<string, unknown> };

/** The errors of a response that must have failed; each one must carry a request id. */
function errorsOf(result: { errors?: GraphQLErrorShape[] }): GraphQLErrorShape[] {
  expect(result.errors?.length ?? 0).toBeGreaterThan(0);
  for (const error of result.errors ?? []) {
    expect(error.message).not.toBe("Unexpected error.");
    expect(error.extensions?.requestId).toEqual(expect.any(String));
  }
  return result.errors ?? [];
}

const encode = (text: string) => Buffer.from(text).toString("base64url");

interface Ids {
  meeting: string;
  person: string;
  organization: string;
  commitment: string;
  participation: string;
  position: string;
  country: string;
  document: string;
}
let ids: Ids;

beforeAll(async () => {
  const found = await data<{
    meeting: {
      id: string;
      placeCountry: { id: string };
      citation: { document: { id: string } };
      participants: {
        edges: {
          node: { id: string; person: { id: string }; organization: { id: string }; position: { id: string } };
        }[];
      };
      commitments: { edges: { node: { id: string } }[] };
    };
  }>(`{ meeting(slug: "kitazawa-ban-2011-08-09") {
    id placeCountry { id } citation { document { id } }
    participants(first: 1) { edges { node { id person { id } organization { id } position { id } } } }
    commitments(first: 1) { edges { node { id } } }
  } }`);
  const participation = found.meeting.participants.edges[0]?.node;
  if (!participation) throw new Error("seed meeting has no participants");
  ids = {
    meeting: found.meeting.id,
    person: participation.person.id,
    organization: participation.organization.id,
    commitment: found.meeting.commitments.edges[0]?.node.id as string,
    participation: participation.id,
    position: participation.position.id,
    country: found.meeting.placeCountry.id,
    document: found.meeting.citation.document.id,
  };
});

const NODE_FIELDS = `
  __typename id
  ... on Meeting { slug }
  ... on Person { slug }
  ... on Organization { slug }
  ... on Commitment { slug }
  ... on Participation { roleTitle }
  ... on Position { title }
  ... on Country { code }
  ... on SourceDocument { slug }
`;

describe("node(id:) and nodes(ids:)", () => {
  test("node returns the typed object each id was issued for", async () => {
    const expected: Record<keyof Ids, Record<string, unknown>> = {
      meeting: { __typename: "Meeting", slug: "kitazawa-ban-2011-08-09" },
      person: { __typename: "Person", slug: "kitazawa" },
      organization: { __typename: "Organization", slug: "japan-ministry-of-defense" },
      commitment: { __typename: "Commitment", slug: "ban-calls-again-sdf-south-sudan" },
      participation: { __typename: "Participation", roleTitle: "Defense Minister" },
      position: { __typename: "Position", title: "Defense Minister" },
      country: { __typename: "Country", code: "JP" },
      document: { __typename: "SourceDocument", slug: "mod-2011-kitazawa-ban-meeting" },
    };
    for (const [key, id] of Object.entries(ids) as [keyof Ids, string][]) {
      const { node } = await data<{ node: Record<string, unknown> }>(
        `query($id: ID!) { node(id: $id) { ${NODE_FIELDS} } }`,
        { id },
      );
      expect(node, key).toEqual({ ...expected[key], id });
    }
  });

  test("nodes returns them in the order asked, each typed", async () => {
    const order = [ids.commitment, ids.person, ids.meeting, ids.country, ids.person];
    const { nodes } = await data<{ nodes: { __typename: string; id: string; slug?: string; code?: string }[] }>(
      `query($ids: [ID!]!) { nodes(ids: $ids) { ${NODE_FIELDS} } }`,
      { ids: order },
    );
    expect(nodes.map((n) => [n.__typename, n.slug ?? n.code])).toEqual([
      ["Commitment", "ban-calls-again-sdf-south-sudan"],
      ["Person", "kitazawa"],
      ["Meeting", "kitazawa-ban-2011-08-09"],
      ["Country", "JP"],
      ["Person", "kitazawa"],
    ]);
    expect(nodes.map((n) => n.id)).toEqual(order);
  });

  test("an id is base64url of Typename:uuid", async () => {
    const decoded = Buffer.from(ids.meeting, "base64url").toString("utf8");
    expect(decoded).toMatch(/^Meeting:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(encode(decoded)).toBe(ids.meeting);
  });
});

describe("a malformed id", () => {
  test.each([
    ["node", `{ node(id: "nope") { id } }`],
    ["nodes", `{ nodes(ids: ["nope"]) { id } }`],
    ["meeting", `{ meeting(id: "nope") { id } }`],
    ["person", `{ person(id: "nope") { id } }`],
  ])("is a BAD_USER_INPUT naming the id on %s", async (_field, query) => {
    const [error, ...rest] = errorsOf(await execute(query));
    expect(rest).toEqual([]);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe('Invalid ID "nope": not an id issued by this API');
  });

  test("with a uuid that is not one is a BAD_USER_INPUT", async () => {
    const id = encode("Meeting:42");
    const [error] = errorsOf(await execute(`query($id: ID!) { node(id: $id) { id } }`, { id }));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toContain(id);
  });

  test("naming a type the API does not have is a BAD_USER_INPUT", async () => {
    const id = encode(`Spaceship:${randomUUID()}`);
    const [error] = errorsOf(await execute(`query($id: ID!) { node(id: $id) { id } }`, { id }));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a well-formed id of no record", () => {
  const unknownMeeting = () => encode(`Meeting:${randomUUID()}`);

  test("meeting(id:) is NOT_FOUND, naming the id", async () => {
    const id = unknownMeeting();
    const result = await execute(`query($id: ID!) { meeting(id: $id) { id } }`, { id });
    const [error, ...rest] = errorsOf(result);
    expect(rest).toEqual([]);
    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe(`Meeting with id "${id}" not found`);
    expect(result.data).toBeNull();
  });

  test("node(id:) is null, with at most a NOT_FOUND error, never an internal error", async () => {
    const result = await execute(`query($id: ID!) { node(id: $id) { id } }`, { id: unknownMeeting() });
    expect(result.data).toEqual({ node: null });
    for (const error of result.errors ?? []) {
      expect({ message: error.message, code: error.extensions?.code }).toEqual({
        message: expect.stringContaining("not found"),
        code: "NOT_FOUND",
      });
      expect(error.extensions?.requestId).toEqual(expect.any(String));
    }
  });

  test("nodes(ids:) still returns the records that exist", async () => {
    const result = await execute(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, {
      ids: [ids.person, unknownMeeting()],
    });
    expect(result.data).toEqual({ nodes: [{ id: ids.person }, null] });
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe("NOT_FOUND");
  });

  test("meeting(id:) is NOT_FOUND even beside a node(id:) lookup in the same request", async () => {
    const id = unknownMeeting();
    const result = await execute(`query($id: ID!, $other: ID!) { node(id: $other) { id } meeting(id: $id) { id } }`, {
      id,
      other: unknownMeeting(),
    });
    const meetingError = result.errors?.find((e) => e.path?.[0] === "meeting");
    expect(meetingError).toMatchObject({
      message: `Meeting with id "${id}" not found`,
      extensions: { code: "NOT_FOUND", requestId: expect.any(String) },
    });
  });
});

describe("meeting(id:) and meeting(slug:)", () => {
  const FIELDS = `id slug title status date { value precision } participants { totalCount } commitments { totalCount }`;

  test("return the same meeting", async () => {
    const bySlug = await data<{ meeting: Record<string, unknown> }>(
      `{ meeting(slug: "kitazawa-ban-2011-08-09") { ${FIELDS} } }`,
    );
    const byId = await data<{ meeting: Record<string, unknown> }>(
      `query($id: ID!) { meeting(id: $id) { ${FIELDS} } }`,
      { id: ids.meeting },
    );
    expect(byId).toEqual(bySlug);
    expect(byId.meeting).toMatchObject({
      id: ids.meeting,
      slug: "kitazawa-ban-2011-08-09",
      participants: { totalCount: 2 },
      commitments: { totalCount: 8 },
    });
  });

  test.each([
    ["both", `query($id: ID!) { meeting(id: $id, slug: "kitazawa-ban-2011-08-09") { id } }`],
    ["neither", `query($id: ID) { meeting(id: $id) { id } }`],
  ])("giving %s is a BAD_USER_INPUT", async (which, query) => {
    const variables = which === "both" ? { id: ids.meeting } : { id: null };
    const [error] = errorsOf(await execute(query, variables));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe('Give exactly one of "id" or "slug" to look up a Meeting');
  });

  test("an id of another type is a BAD_USER_INPUT", async () => {
    const [error] = errorsOf(await execute(`query($id: ID!) { meeting(id: $id) { id } }`, { id: ids.person }));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe(`ID "${ids.person}" belongs to a Person, not a Meeting`);
  });

  test("an unknown slug is NOT_FOUND, naming the slug", async () => {
    const [error] = errorsOf(await execute(`{ meeting(slug: "no-such-meeting") { id } }`));
    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe('Meeting with slug "no-such-meeting" not found');
  });
});

describe("request ids", () => {
  test("an error echoes the caller's X-Request-Id", async () => {
    const result = await execute(`{ meeting(id: "nope") { id } }`, {}, { "x-request-id": "analyst-42" });
    expect(errorsOf(result)[0]?.extensions?.requestId).toBe("analyst-42");
  });

  test("each request without one gets a fresh id", async () => {
    const first = errorsOf(await execute(`{ node(id: "nope") { id } }`))[0]?.extensions?.requestId;
    const second = errorsOf(await execute(`{ node(id: "nope") { id } }`))[0]?.extensions?.requestId;
    expect(first).not.toBe(second);
  });

  test("a query that fails validation also carries one", async () => {
    const result = await execute(`{ meeting(idd: "nope") { id } }`);
    const [error] = errorsOf(result);
    expect(error?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
