// Writes to commitments through GraphQL: makers and addressees of any party type in order, the
// citation, the meeting, the topic, the deadline and respondsTo; corrections at a version; and
// deletion, refused while a response answers the commitment.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { encodeGlobalId } from "../../../src/schema/global-id.js";
import { graphql } from "../../generated/index.js";
import { data, type ResultOf } from "../../helpers/execute.js";
import {
  createDocument,
  createOrganization,
  createPerson,
  DOCUMENT_BODY,
  editorKey,
  expectValidation,
  gid,
  mutate,
  rowCounts,
  succeed,
  type TestKey,
  uniqueSlug,
} from "../../helpers/writes.js";

let editor: TestKey;
let document: string;
let person: string;
let organization: string;
let japan: string;
let meeting: string;

beforeAll(async () => {
  editor = await editorKey("commitments-editor");
  document = await createDocument(editor.headers);
  person = await createPerson(editor.headers, "Secretary-General");
  organization = await createOrganization(editor.headers, { name: "Defense Ministry" });
  japan = await gid("Country", "jp");
  meeting = await gid("Meeting", "kitazawa-ban-2011-08-09");
});

const REQUEST_QUOTE = "The Secretary-General asked Japan to send engineers to South Sudan.";
const RESPONSE_QUOTE = "The Minister replied that Japan would study the request carefully.";

const COMMITMENT_BY_ID = graphql(`
  query CommitmentViewById($id: ID!) {
    commitment(id: $id) {
      id
      slug
      kind
      statement
      status
      basis
      makers {
        __typename
        ... on Person {
          id
        }
        ... on Organization {
          id
        }
        ... on Country {
          id
        }
      }
      addressees {
        __typename
        ... on Person {
          id
        }
        ... on Organization {
          id
        }
        ... on Country {
          id
        }
      }
      citation {
        quote
        startOffset
        endOffset
        document {
          id
        }
      }
      meeting {
        id
      }
      topic {
        slug
      }
      due {
        text
        date {
          value
        }
      }
      respondsTo {
        id
      }
      responseCount
      statusHistory {
        fromStatus
        toStatus
      }
      version
    }
  }
`);
type CommitmentView = NonNullable<ResultOf<typeof COMMITMENT_BY_ID>["commitment"]>;
/** The same selection, for the mutations' success data (mutations are built from the schema, see writes.ts). */
const PARTY = "__typename ... on Person { id } ... on Organization { id } ... on Country { id }";
const COMMITMENT_FIELDS = `id slug kind statement status basis makers { ${PARTY} } addressees { ${PARTY} }
  citation { quote startOffset endOffset document { id } } meeting { id } topic { slug } due { text date { value } }
  respondsTo { id } responseCount statusHistory { fromStatus toStatus } version`;

async function commitment(id: string) {
  return (await data(COMMITMENT_BY_ID, { id })).commitment;
}

function request(extra: Record<string, unknown> = {}) {
  return {
    slug: uniqueSlug("request"),
    kind: "REQUEST",
    statement: "Send SDF engineers to South Sudan",
    status: "OPEN",
    makers: [person],
    addressees: [japan, organization],
    citation: { document, quote: REQUEST_QUOTE },
    ...extra,
  };
}

describe("createCommitment", () => {
  test("stores makers and addressees of every party type in order, the citation, meeting, topic and deadline", async () => {
    const [topic] = (
      await data(
        graphql(`
          query TopicSlugs {
            topics {
              slug
            }
          }
        `),
      )
    ).topics;
    const created = await succeed<CommitmentView>(
      "createCommitment",
      request({
        makers: [person, organization],
        meeting,
        topic: topic?.slug,
        due: { date: "2011-12", text: "by the end of the year" },
      }),
      editor.headers,
      COMMITMENT_FIELDS,
    );
    expect(created).toMatchObject({
      kind: "REQUEST",
      statement: "Send SDF engineers to South Sudan",
      status: "OPEN",
      basis: "STATED",
      makers: [
        { __typename: "Person", id: person },
        { __typename: "Organization", id: organization },
      ],
      addressees: [
        { __typename: "Country", id: japan },
        { __typename: "Organization", id: organization },
      ],
      citation: {
        quote: REQUEST_QUOTE,
        startOffset: DOCUMENT_BODY.indexOf(REQUEST_QUOTE),
        endOffset: DOCUMENT_BODY.indexOf(REQUEST_QUOTE) + REQUEST_QUOTE.length,
      },
      meeting: { id: meeting },
      topic: { slug: topic?.slug },
      due: { text: "by the end of the year", date: { value: "2011-12" } },
      respondsTo: null,
      responseCount: 0,
      statusHistory: [{ fromStatus: null, toStatus: "OPEN" }],
      version: 1,
    });
    expect(created.citation.document.id).toBe(document);
    expect(await commitment(created.id)).toEqual(created);

    // The parties see it from their side too.
    const made = await data(
      graphql(`
        query PersonMadeCommitments($id: ID!) {
          person(id: $id) {
            commitments(first: 100, role: MAKER) {
              edges {
                node {
                  role
                  commitment {
                    id
                  }
                }
              }
            }
          }
        }
      `),
      { id: person },
    );
    expect((made.person?.commitments.edges ?? []).map((edge) => edge.node.commitment.id)).toContain(created.id);
  });

  test("respondsTo links a response to its request: responses, responseCount and the thread show it", async () => {
    const parent = await succeed<CommitmentView>("createCommitment", request(), editor.headers, COMMITMENT_FIELDS);
    const response = await succeed<CommitmentView>(
      "createCommitment",
      {
        slug: uniqueSlug("response"),
        kind: "RESPONSE",
        statement: "Japan will study the request",
        status: "OPEN",
        makers: [japan],
        addressees: [person],
        respondsTo: parent.id,
        inferred: true,
        citation: { document, quote: RESPONSE_QUOTE },
      },
      editor.headers,
      COMMITMENT_FIELDS,
    );
    expect(response).toMatchObject({ respondsTo: { id: parent.id }, basis: "INFERRED" });
    const read = await data(
      graphql(`
        query CommitmentResponsesAndThread($id: ID!) {
          commitment(id: $id) {
            responseCount
            responses {
              edges {
                node {
                  id
                }
              }
            }
            thread {
              depth
              commitment {
                id
              }
            }
          }
        }
      `),
      { id: parent.id },
    );
    expect(read.commitment?.responseCount).toBe(1);
    expect(read.commitment?.responses.edges.map((edge) => edge.node.id)).toEqual([response.id]);
    expect(read.commitment?.thread).toEqual([
      { depth: 0, commitment: { id: parent.id } },
      { depth: 1, commitment: { id: response.id } },
    ]);
  });

  test("every bad field is a typed error at its path, and nothing is written", async () => {
    const before = await rowCounts();
    const headers = { headers: editor.headers };
    expect(expectValidation(await mutate("createCommitment", request({ makers: [] }), headers))).toEqual([
      { path: ["input", "makers"], message: "a commitment needs at least one maker" },
    ]);
    expect(expectValidation(await mutate("createCommitment", request({ makers: [person, meeting] }), headers))).toEqual(
      [
        {
          path: ["input", "makers", "1"],
          message: expect.stringMatching(/^expected a person, organization or country; ".+" is the id of a Meeting$/),
        },
      ],
    );
    expect(expectValidation(await mutate("createCommitment", request({ addressees: ["garbage"] }), headers))).toEqual([
      {
        path: ["input", "addressees", "0"],
        message: 'no person, organization or country has the id, slug or ISO code "garbage"',
      },
    ]);
    expect(expectValidation(await mutate("createCommitment", request({ topic: "no-such-topic" }), headers))).toEqual([
      { path: ["input", "topic"], message: 'no topic has the id or slug "no-such-topic"' },
    ]);
    expect(
      expectValidation(await mutate("createCommitment", request({ due: {} }), headers)).map((issue) => issue.path),
    ).toEqual([["input", "due"]]);
    expect(
      expectValidation(
        await mutate(
          "createCommitment",
          request({ citation: { document, quote: "Japan refused outright." } }),
          headers,
        ),
      ),
    ).toEqual([{ path: ["input", "citation", "quote"], message: expect.stringMatching(/does not occur/) }]);
    expect(expectValidation(await mutate("createCommitment", request({ meeting: person }), headers))).toEqual([
      {
        path: ["input", "meeting"],
        message: expect.stringMatching(/^expected a meeting; ".+" is the id of a Person$/),
      },
    ]);
    const ghost = encodeGlobalId("Person", randomUUID());
    // A value in the input that names no record is bad input at its path, as in a filter (ARCHITECTURE.md, Errors).
    expect(expectValidation(await mutate("createCommitment", request({ addressees: [ghost] }), headers))).toEqual([
      { path: ["input", "addressees", "0"], message: `no person has the id "${ghost}"` },
    ]);
    const missingParent = encodeGlobalId("Commitment", randomUUID());
    expect(expectValidation(await mutate("createCommitment", request({ respondsTo: missingParent }), headers))).toEqual(
      [{ path: ["input", "respondsTo"], message: `no commitment has the id "${missingParent}"` }],
    );
    expect(await mutate("createCommitment", request({ slug: "ban-thanks-sdf-minustah" }), headers)).toMatchObject({
      __typename: "ConflictError",
      field: "slug",
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("updateCommitment and deleteCommitment", () => {
  test("updateCommitment replaces makers and addressees in order and changes the statement at the expected version", async () => {
    const created = await succeed<CommitmentView>("createCommitment", request(), editor.headers, COMMITMENT_FIELDS);
    const other = await createPerson(editor.headers, "Deputy");
    const updated = await succeed<CommitmentView>(
      "updateCommitment",
      {
        id: created.id,
        expectedVersion: 1,
        statement: "Send engineers and headquarters staff",
        makers: [other, person],
        addressees: [japan],
        due: { text: "soon" },
      },
      editor.headers,
      COMMITMENT_FIELDS,
    );
    expect(updated).toMatchObject({
      statement: "Send engineers and headquarters staff",
      makers: [
        { __typename: "Person", id: other },
        { __typename: "Person", id: person },
      ],
      addressees: [{ __typename: "Country", id: japan }],
      due: { text: "soon", date: null },
      status: "OPEN",
      version: 2,
    });
    expect(await commitment(created.id)).toEqual(updated);

    const stale = await mutate(
      "updateCommitment",
      { id: created.id, expectedVersion: 1, statement: "Lost" },
      { headers: editor.headers },
    );
    expect(stale).toMatchObject({ __typename: "ConflictError", field: "expectedVersion" });
    const self = await mutate(
      "updateCommitment",
      { id: created.id, expectedVersion: 2, respondsTo: created.id },
      { headers: editor.headers },
    );
    expect(expectValidation(self)).toEqual([
      { path: ["input", "respondsTo"], message: "a commitment cannot respond to itself" },
    ]);
    expect((await commitment(created.id)).version).toBe(2);
  });

  test("a commitment answered by a response cannot be deleted until the response is", async () => {
    const parent = await succeed<CommitmentView>("createCommitment", request(), editor.headers, COMMITMENT_FIELDS);
    const response = await succeed<CommitmentView>(
      "createCommitment",
      {
        ...request({ kind: "RESPONSE", makers: [japan], respondsTo: parent.id }),
        citation: { document, quote: RESPONSE_QUOTE },
      },
      editor.headers,
      COMMITMENT_FIELDS,
    );
    const refused = await mutate("deleteCommitment", { id: parent.id }, { headers: editor.headers });
    expect(refused.__typename).toBe("ConflictError");
    expect(refused.message).toMatch(/1 response\(s\) answer it/);
    expect((await commitment(parent.id)).id).toBe(parent.id);

    expect(await succeed<{ id: string }>("deleteCommitment", { id: response.id }, editor.headers)).toEqual({
      id: response.id,
    });
    expect(await succeed<{ id: string }>("deleteCommitment", { id: parent.id }, editor.headers)).toEqual({
      id: parent.id,
    });
    expect(await mutate("deleteCommitment", { id: parent.id }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Commitment",
    });
  });
});
