// Mutation inputs name records as filters do (issue 11 item 1): by global id, slug, or ISO code for
// a country, decoded in the schema layer from the same one-statement lookup. A value that names no
// record, or several, is a ValidationError naming it at its input path, and nothing is written; the
// record a mutation acts on, when missing, is a NotFoundError naming the value given (ARCHITECTURE.md,
// Conventions, Errors).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { encodeGlobalId } from "../../../src/schema/global-id.js";
import { graphql } from "../../generated/index.js";
import { execute } from "../../helpers/execute.js";
import { countryId, idOf } from "../../helpers/graphql.js";
import {
  createDocument,
  createOrganization,
  editorKey,
  type Headers,
  rowCounts,
  sql,
  type TestKey,
  uniqueSlug,
} from "../../helpers/writes.js";

const CREATE = graphql(`
  mutation CreateCommitmentByReferences($input: CreateCommitmentInput!) {
    createCommitment(input: $input) {
      __typename
      ... on MutationCreateCommitmentSuccess {
        data {
          id
          slug
          meeting {
            slug
          }
          topic {
            slug
          }
          respondsTo {
            slug
          }
          citation {
            document {
              slug
            }
          }
          makers {
            __typename
            ... on Person {
              slug
            }
            ... on Organization {
              slug
            }
            ... on Country {
              code
            }
          }
          addressees {
            __typename
            ... on Person {
              slug
            }
            ... on Organization {
              slug
            }
            ... on Country {
              code
            }
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        typename
        key
      }
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateCommitmentByReferences($input: UpdateCommitmentInput!) {
    updateCommitment(input: $input) {
      __typename
      ... on MutationUpdateCommitmentSuccess {
        data {
          slug
          version
          topic {
            slug
          }
          makers {
            __typename
            ... on Organization {
              slug
            }
          }
        }
      }
      ... on ValidationError {
        issues {
          path
          message
        }
      }
      ... on NotFoundError {
        typename
        key
      }
    }
  }
`);

const STATUS = graphql(`
  mutation UpdateCommitmentStatusBySlug($input: UpdateCommitmentStatusInput!) {
    updateCommitmentStatus(input: $input) {
      __typename
      ... on MutationUpdateCommitmentStatusSuccess {
        data {
          status
        }
      }
      ... on NotFoundError {
        typename
        key
      }
    }
  }
`);

let editor: TestKey;
let headers: Headers;
let documentSlug: string;

beforeAll(async () => {
  editor = await editorKey("references-editor");
  headers = editor.headers;
  documentSlug = uniqueSlug("doc");
  await createDocument(headers, documentSlug);
});

function commitment(extra: Record<string, unknown> = {}) {
  return {
    slug: uniqueSlug("request"),
    kind: "REQUEST" as const,
    statement: "Send SDF engineers to South Sudan",
    status: "OPEN" as const,
    makers: ["ban-ki-moon"],
    citation: { document: documentSlug, quote: "The Secretary-General asked Japan to send engineers to South Sudan." },
    ...extra,
  };
}

describe("createCommitment takes slugs and ISO codes wherever it takes a global id", () => {
  test("makers, addressees, meeting, topic, respondsTo and the cited document by slug or ISO code", async () => {
    const request = await execute(CREATE, { input: commitment() }, headers);
    expect(request.data?.createCommitment.__typename).toBe("MutationCreateCommitmentSuccess");
    const requestSlug =
      request.data?.createCommitment.__typename === "MutationCreateCommitmentSuccess"
        ? request.data.createCommitment.data.slug
        : "";

    const created = await execute(
      CREATE,
      {
        input: commitment({
          kind: "RESPONSE",
          makers: ["kitazawa", "japan-ministry-of-defense", "JP"],
          addressees: ["ban-ki-moon", "united-nations"],
          meeting: "kitazawa-ban-2011-08-09",
          topic: "peacekeeping-south-sudan",
          respondsTo: requestSlug,
          citation: {
            document: documentSlug,
            quote: "The Minister replied that Japan would study the request carefully.",
          },
        }),
      },
      headers,
    );
    expect(created.data?.createCommitment).toMatchObject({
      __typename: "MutationCreateCommitmentSuccess",
      data: {
        meeting: { slug: "kitazawa-ban-2011-08-09" },
        topic: { slug: "peacekeeping-south-sudan" },
        respondsTo: { slug: requestSlug },
        citation: { document: { slug: documentSlug } },
        makers: [
          { __typename: "Person", slug: "kitazawa" },
          { __typename: "Organization", slug: "japan-ministry-of-defense" },
          { __typename: "Country", code: "JP" },
        ],
        addressees: [
          { __typename: "Person", slug: "ban-ki-moon" },
          { __typename: "Organization", slug: "united-nations" },
        ],
      },
    });
  });

  test("global ids still work, mixed with slugs in one list", async () => {
    const created = await execute(
      CREATE,
      { input: commitment({ makers: [await idOf("person", "kitazawa"), "united-nations", await countryId("CN")] }) },
      headers,
    );
    expect(created.data?.createCommitment).toMatchObject({
      data: {
        makers: [
          { __typename: "Person", slug: "kitazawa" },
          { __typename: "Organization", slug: "united-nations" },
          { __typename: "Country", code: "CN" },
        ],
      },
    });
  });

  test("every slug and global id of the input is looked up in one statement before execution", async () => {
    const before = await rowCounts();
    const ghost = encodeGlobalId("Person", randomUUID());
    const result = await execute(
      CREATE,
      {
        input: commitment({
          makers: ["kitazawa", "no-such-party", ghost, await idOf("meeting", "kitazawa-ban-2011-08-09")],
          addressees: ["XX"],
          meeting: "no-such-meeting",
          topic: "no-such-topic",
          citation: { document: "no-such-document", quote: "anything" },
        }),
      },
      headers,
    );
    expect(result.data?.createCommitment).toEqual({
      __typename: "ValidationError",
      issues: [
        { path: ["input", "meeting"], message: 'no meeting has the id or slug "no-such-meeting"' },
        { path: ["input", "topic"], message: 'no topic has the id or slug "no-such-topic"' },
        {
          path: ["input", "makers", "1"],
          message: 'no person, organization or country has the id, slug or ISO code "no-such-party"',
        },
        { path: ["input", "makers", "2"], message: `no person has the id "${ghost}"` },
        {
          path: ["input", "makers", "3"],
          message: expect.stringMatching(/^expected a person, organization or country; ".+" is the id of a Meeting$/),
        },
        {
          path: ["input", "addressees", "0"],
          message: 'no person, organization or country has the id, slug or ISO code "XX"',
        },
        {
          path: ["input", "citation", "document"],
          message: 'no source document has the id or slug "no-such-document"',
        },
      ],
    });
    // The API key check and the one lookup of every reference: no statement per value, no transaction.
    expect(result.sql).toBe(2);
    expect(await rowCounts()).toEqual(before);
  });

  test("a slug a person and an organization share is ambiguous in makers, naming both", async () => {
    await createOrganization(headers, { slug: "ban-ki-moon", name: "Ban Ki-moon Centre" });
    const before = await rowCounts();
    const result = await execute(CREATE, { input: commitment({ makers: ["ban-ki-moon"] }) }, headers);
    expect(result.data?.createCommitment).toEqual({
      __typename: "ValidationError",
      issues: [
        {
          path: ["input", "makers", "0"],
          message:
            '"ban-ki-moon" is ambiguous: it is the slug of a person and an organization; pass the global id of the one you mean',
        },
      ],
    });
    expect(await rowCounts()).toEqual(before);
    // Where only one kind is accepted the same slug is not ambiguous.
    await sql("DELETE FROM organization WHERE slug = 'ban-ki-moon'");
  });
});

describe("the record a mutation acts on, by global id or slug", () => {
  test("updateCommitment by slug, with a topic by slug and makers by slug", async () => {
    const slug = uniqueSlug("to-update");
    await execute(CREATE, { input: commitment({ slug }) }, headers);
    const updated = await execute(
      UPDATE,
      { input: { id: slug, expectedVersion: 1, topic: "minustah", makers: ["minustah"] } },
      headers,
    );
    // "minustah" is a topic and an organization: each field takes only its own kind.
    expect(updated.data?.updateCommitment).toEqual({
      __typename: "MutationUpdateCommitmentSuccess",
      data: {
        slug,
        version: 2,
        topic: { slug: "minustah" },
        makers: [{ __typename: "Organization", slug: "minustah" }],
      },
    });
  });

  test("a missing record acted on is a NotFoundError naming the value given, by slug or by id", async () => {
    expect((await execute(UPDATE, { input: { id: "no-such-commitment", expectedVersion: 1 } }, headers)).data).toEqual({
      updateCommitment: { __typename: "NotFoundError", typename: "Commitment", key: "no-such-commitment" },
    });
    const ghost = encodeGlobalId("Commitment", randomUUID());
    expect((await execute(STATUS, { input: { commitmentId: ghost, status: "FULFILLED" } }, headers)).data).toEqual({
      updateCommitmentStatus: { __typename: "NotFoundError", typename: "Commitment", key: ghost },
    });
  });

  test("updateCommitmentStatus by slug", async () => {
    const slug = uniqueSlug("to-fulfil");
    await execute(CREATE, { input: commitment({ slug }) }, headers);
    expect((await execute(STATUS, { input: { commitmentId: slug, status: "FULFILLED" } }, headers)).data).toEqual({
      updateCommitmentStatus: { __typename: "MutationUpdateCommitmentStatusSuccess", data: { status: "FULFILLED" } },
    });
  });
});
