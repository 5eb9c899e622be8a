// Global ids: node(id:) and nodes(ids:) load the typed object an id was issued for, and every
// bad id gets a client error that says what was wrong (never a masked "Unexpected error."),
// with the request id in its extensions.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { graphql } from "../generated/index.js";
import { data, execute, executeText, type GraphQLErrorBody } from "../helpers/execute.js";

/** The errors of a response that must have failed; each one must carry a request id. */
function errorsOf(result: { errors?: GraphQLErrorBody[] }): GraphQLErrorBody[] {
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
  const found = await data(
    graphql(`
      query IdsSeed {
        meeting(slug: "kitazawa-ban-2011-08-09") {
          id
          placeCountry {
            id
          }
          citation {
            document {
              id
            }
          }
          participants(first: 1) {
            edges {
              node {
                id
                person {
                  id
                }
                organization {
                  id
                }
                position {
                  id
                }
              }
            }
          }
          commitments(first: 1) {
            edges {
              node {
                id
              }
            }
          }
        }
      }
    `),
  );
  const participation = found.meeting.participants.edges[0]?.node;
  if (!participation) throw new Error("seed meeting has no participants");
  const { organization, position } = participation;
  const country = found.meeting.placeCountry;
  if (!organization || !position || !country)
    throw new Error("seed meeting lacks an organization, position or country");
  ids = {
    meeting: found.meeting.id,
    person: participation.person.id,
    organization: organization.id,
    commitment: found.meeting.commitments.edges[0]?.node.id as string,
    participation: participation.id,
    position: position.id,
    country: country.id,
    document: found.meeting.citation.document.id,
  };
});

const IDS_NODE = graphql(`
  query IdsNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      ... on Meeting {
        slug
      }
      ... on Person {
        slug
      }
      ... on Organization {
        slug
      }
      ... on Commitment {
        slug
      }
      ... on Participation {
        roleTitle
      }
      ... on Position {
        title
      }
      ... on Country {
        code
      }
      ... on SourceDocument {
        slug
      }
    }
  }
`);
const IDS_NODES = graphql(`
  query IdsNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Meeting {
        slug
      }
      ... on Person {
        slug
      }
      ... on Organization {
        slug
      }
      ... on Commitment {
        slug
      }
      ... on Participation {
        roleTitle
      }
      ... on Position {
        title
      }
      ... on Country {
        code
      }
      ... on SourceDocument {
        slug
      }
    }
  }
`);
const IDS_NODE_ID = graphql(`
  query IdsNodeId($id: ID!) {
    node(id: $id) {
      id
    }
  }
`);
const IDS_NODES_ID = graphql(`
  query IdsNodesId($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
    }
  }
`);
const IDS_MEETING_ID = graphql(`
  query IdsMeetingId($id: ID!) {
    meeting(id: $id) {
      id
    }
  }
`);
const IDS_NOPE_NODE = graphql(`
  query IdsNopeNode {
    node(id: "nope") {
      id
    }
  }
`);
const IDS_NOPE_MEETING = graphql(`
  query IdsNopeMeeting {
    meeting(id: "nope") {
      id
    }
  }
`);

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
      const { node } = await data(IDS_NODE, { id });
      expect(node, key).toEqual({ ...expected[key], id });
    }
  });

  test("nodes returns them in the order asked, each typed", async () => {
    const order = [ids.commitment, ids.person, ids.meeting, ids.country, ids.person];
    const { nodes } = await data(IDS_NODES, { ids: order });
    const slugOrCode = (n: (typeof nodes)[number]) =>
      n && "slug" in n ? n.slug : n && "code" in n ? n.code : undefined;
    expect(nodes.map((n) => [n?.__typename, slugOrCode(n)])).toEqual([
      ["Commitment", "ban-calls-again-sdf-south-sudan"],
      ["Person", "kitazawa"],
      ["Meeting", "kitazawa-ban-2011-08-09"],
      ["Country", "JP"],
      ["Person", "kitazawa"],
    ]);
    expect(nodes.map((n) => n?.id)).toEqual(order);
  });

  test("an id is base64url of Typename:uuid", async () => {
    const decoded = Buffer.from(ids.meeting, "base64url").toString("utf8");
    expect(decoded).toMatch(/^Meeting:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(encode(decoded)).toBe(ids.meeting);
  });
});

describe("a malformed id", () => {
  test.each([
    ["node", () => execute(IDS_NOPE_NODE)],
    [
      "nodes",
      () =>
        execute(
          graphql(`
            query IdsNopeNodes {
              nodes(ids: ["nope"]) {
                id
              }
            }
          `),
        ),
    ],
    ["meeting", () => execute(IDS_NOPE_MEETING)],
    [
      "person",
      () =>
        execute(
          graphql(`
            query IdsNopePerson {
              person(id: "nope") {
                id
              }
            }
          `),
        ),
    ],
  ])("is a BAD_USER_INPUT naming the id on %s", async (_field, query) => {
    const [error, ...rest] = errorsOf(await query());
    expect(rest).toEqual([]);
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe('Invalid ID "nope": not an id issued by this API');
  });

  test("with a uuid that is not one is a BAD_USER_INPUT", async () => {
    const id = encode("Meeting:42");
    const [error] = errorsOf(await execute(IDS_NODE_ID, { id }));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toContain(id);
  });

  test("naming a type the API does not have is a BAD_USER_INPUT", async () => {
    const id = encode(`Spaceship:${randomUUID()}`);
    const [error] = errorsOf(await execute(IDS_NODE_ID, { id }));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("a well-formed id of no record", () => {
  const unknownMeeting = () => encode(`Meeting:${randomUUID()}`);

  test("meeting(id:) is NOT_FOUND, naming the id", async () => {
    const id = unknownMeeting();
    const result = await execute(IDS_MEETING_ID, { id });
    const [error, ...rest] = errorsOf(result);
    expect(rest).toEqual([]);
    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe(`Meeting with id "${id}" not found`);
    expect(result.data).toBeNull();
  });

  test("node(id:) is null, with at most a NOT_FOUND error, never an internal error", async () => {
    const result = await execute(IDS_NODE_ID, { id: unknownMeeting() });
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
    const result = await execute(IDS_NODES_ID, {
      ids: [ids.person, unknownMeeting()],
    });
    expect(result.data).toEqual({ nodes: [{ id: ids.person }, null] });
    for (const error of result.errors ?? []) expect(error.extensions?.code).toBe("NOT_FOUND");
  });

  test("meeting(id:) is NOT_FOUND even beside a node(id:) lookup in the same request", async () => {
    const id = unknownMeeting();
    const result = await execute(
      graphql(`
        query IdsNodeBesideMeeting($id: ID!, $other: ID!) {
          node(id: $other) {
            id
          }
          meeting(id: $id) {
            id
          }
        }
      `),
      { id, other: unknownMeeting() },
    );
    const meetingError = result.errors?.find((e) => e.path?.[0] === "meeting");
    expect(meetingError).toMatchObject({
      message: `Meeting with id "${id}" not found`,
      extensions: { code: "NOT_FOUND", requestId: expect.any(String) },
    });
  });
});

describe("meeting(id:) and meeting(slug:)", () => {
  test("return the same meeting", async () => {
    const bySlug = await data(
      graphql(`
        query IdsMeetingBySlug {
          meeting(slug: "kitazawa-ban-2011-08-09") {
            id
            slug
            title
            status
            date {
              value
              precision
            }
            participants {
              totalCount
            }
            commitments {
              totalCount
            }
          }
        }
      `),
    );
    const byId = await data(
      graphql(`
        query IdsMeetingById($id: ID!) {
          meeting(id: $id) {
            id
            slug
            title
            status
            date {
              value
              precision
            }
            participants {
              totalCount
            }
            commitments {
              totalCount
            }
          }
        }
      `),
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
    [
      "both",
      () =>
        execute(
          graphql(`
            query IdsMeetingIdAndSlug($id: ID!) {
              meeting(id: $id, slug: "kitazawa-ban-2011-08-09") {
                id
              }
            }
          `),
          { id: ids.meeting },
        ),
    ],
    [
      "neither",
      () =>
        execute(
          graphql(`
            query IdsMeetingOptionalId($id: ID) {
              meeting(id: $id) {
                id
              }
            }
          `),
          { id: null },
        ),
    ],
  ])("giving %s is a BAD_USER_INPUT", async (_which, query) => {
    const [error] = errorsOf(await query());
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe('Give exactly one of "id" or "slug" to look up a Meeting');
  });

  test("an id of another type is a BAD_USER_INPUT", async () => {
    const [error] = errorsOf(await execute(IDS_MEETING_ID, { id: ids.person }));
    expect(error?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(error?.message).toBe(`ID "${ids.person}" belongs to a Person, not a Meeting`);
  });

  test("an unknown slug is NOT_FOUND, naming the slug", async () => {
    const [error] = errorsOf(
      await execute(
        graphql(`
          query IdsMeetingUnknownSlug {
            meeting(slug: "no-such-meeting") {
              id
            }
          }
        `),
      ),
    );
    expect(error?.extensions?.code).toBe("NOT_FOUND");
    expect(error?.message).toBe('Meeting with slug "no-such-meeting" not found');
  });
});

describe("request ids", () => {
  test("an error echoes the caller's X-Request-Id", async () => {
    const result = await execute(IDS_NOPE_MEETING, {}, { "x-request-id": "analyst-42" });
    expect(errorsOf(result)[0]?.extensions?.requestId).toBe("analyst-42");
  });

  test("each request without one gets a fresh id", async () => {
    const first = errorsOf(await execute(IDS_NOPE_NODE))[0]?.extensions?.requestId;
    const second = errorsOf(await execute(IDS_NOPE_NODE))[0]?.extensions?.requestId;
    expect(first).not.toBe(second);
  });

  test("a query that fails validation also carries one", async () => {
    // Text, not a graphql() operation: the point is a document the schema rejects.
    const result = await executeText(`{ meeting(idd: "nope") { id } }`);
    const [error] = errorsOf(result);
    expect(error?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });
});
