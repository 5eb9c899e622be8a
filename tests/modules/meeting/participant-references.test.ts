// A meeting's participants name their person, position, organization and country by global id,
// slug or ISO code (issue 11 item 1), and say whether the organization they represented is stated
// or only implied (issue 11 item 4): organizationBasis, STATED unless given, INFERRED with a note.
import { beforeAll, describe, expect, test } from "vitest";
import type { CreateMeetingInput, ParticipantInput } from "../../generated/graphql.js";
import { graphql } from "../../generated/index.js";
import { execute } from "../../helpers/execute.js";
import { createDocument, editorKey, type Headers, rowCounts, type TestKey, uniqueSlug } from "../../helpers/writes.js";

const CREATE = graphql(`
  mutation CreateMeetingWithParticipants($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      __typename
      ... on MutationCreateMeetingSuccess {
        data {
          slug
          placeCountry {
            code
          }
          participants {
            edges {
              node {
                person {
                  slug
                }
                position {
                  title
                }
                organization {
                  slug
                }
                country {
                  code
                }
                organizationBasis
                organizationNote
              }
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
    }
  }
`);

const UPDATE = graphql(`
  mutation UpdateMeetingBySlug($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      __typename
      ... on MutationUpdateMeetingSuccess {
        data {
          slug
          title
          participants {
            edges {
              node {
                person {
                  slug
                }
                organizationBasis
              }
            }
          }
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
  editor = await editorKey("participants-editor");
  headers = editor.headers;
  documentSlug = uniqueSlug("doc");
  await createDocument(headers, documentSlug);
});

const cite = (quote: string) => ({ document: documentSlug, quote });

function meeting(
  participants: (Partial<ParticipantInput> & { person: string })[],
  extra: Partial<CreateMeetingInput> = {},
): CreateMeetingInput {
  return {
    slug: uniqueSlug("meeting"),
    title: "Minister and Secretary-General",
    kind: "BILATERAL_MEETING",
    status: "HELD",
    citation: cite("On 9 August the Minister of Defense met the Secretary-General in Tokyo."),
    participants: participants.map((participant) => ({
      roleTitle: "Minister of Defense",
      side: "HOST" as const,
      citation: cite("the Minister of Defense"),
      ...participant,
    })),
    ...extra,
  };
}

describe("participants by slug and ISO code", () => {
  test("person, position, organization and country by slug or code; organizationBasis STATED by default", async () => {
    const result = await execute(
      CREATE,
      {
        input: meeting(
          [
            {
              person: "kitazawa",
              position: "kitazawa-defense-minister",
              organization: "japan-ministry-of-defense",
              country: "JP",
            },
          ],
          { placeCountry: "jp" },
        ),
      },
      headers,
    );
    expect(result.data?.createMeeting).toMatchObject({
      __typename: "MutationCreateMeetingSuccess",
      data: {
        placeCountry: { code: "JP" },
        participants: {
          edges: [
            {
              node: {
                person: { slug: "kitazawa" },
                position: { title: expect.stringMatching(/Minister/) },
                organization: { slug: "japan-ministry-of-defense" },
                country: { code: "JP" },
                organizationBasis: "STATED",
                organizationNote: null,
              },
            },
          ],
        },
      },
    });
  });

  test("an implied organization is INFERRED, with its note", async () => {
    const result = await execute(
      CREATE,
      {
        input: meeting([
          {
            person: "ban-ki-moon",
            organization: "united-nations",
            organizationBasis: "INFERRED",
            organizationNote: "The Secretary-General speaks for the United Nations.",
            side: "GUEST",
          },
        ]),
      },
      headers,
    );
    expect(result.data?.createMeeting).toMatchObject({
      data: {
        participants: {
          edges: [
            {
              node: {
                organization: { slug: "united-nations" },
                organizationBasis: "INFERRED",
                organizationNote: "The Secretary-General speaks for the United Nations.",
              },
            },
          ],
        },
      },
    });
  });

  test("INFERRED without an organization or a note, and unknown references, are ValidationErrors at their paths", async () => {
    const before = await rowCounts();
    const inferredWithoutNote = await execute(
      CREATE,
      { input: meeting([{ person: "ban-ki-moon", organization: "united-nations", organizationBasis: "INFERRED" }]) },
      headers,
    );
    expect(inferredWithoutNote.data?.createMeeting).toEqual({
      __typename: "ValidationError",
      issues: [
        {
          path: ["input", "participants", "0", "organizationNote"],
          message: "an inferred organization needs a note saying how it was inferred",
        },
      ],
    });
    const unknown = await execute(
      CREATE,
      {
        input: meeting([{ person: "no-such-person", organization: "no-such-org", country: "XX" }], {
          placeCountry: "ZZ",
        }),
      },
      headers,
    );
    expect(unknown.data?.createMeeting).toEqual({
      __typename: "ValidationError",
      issues: [
        { path: ["input", "placeCountry"], message: 'no country has the id or ISO code "ZZ"' },
        { path: ["input", "participants", "0", "person"], message: 'no person has the id or slug "no-such-person"' },
        {
          path: ["input", "participants", "0", "organization"],
          message: 'no organization has the id or slug "no-such-org"',
        },
        { path: ["input", "participants", "0", "country"], message: 'no country has the id or ISO code "XX"' },
      ],
    });
    expect(await rowCounts()).toEqual(before);
  });

  test("updateMeeting by slug replaces the participants; a missing meeting is a NotFoundError naming the slug", async () => {
    const created = await execute(CREATE, { input: meeting([{ person: "kitazawa" }]) }, headers);
    const slug =
      created.data?.createMeeting.__typename === "MutationCreateMeetingSuccess"
        ? created.data.createMeeting.data.slug
        : "";
    const updated = await execute(
      UPDATE,
      {
        input: {
          id: slug,
          expectedVersion: 1,
          title: "Renamed",
          participants: [
            {
              person: "nakae",
              organization: "japan-ministry-of-defense",
              organizationBasis: "INFERRED",
              organizationNote: "A vice-minister of the ministry.",
              roleTitle: "Vice-Minister",
              side: "HOST",
              citation: cite("the Minister of Defense"),
            },
          ],
        },
      },
      headers,
    );
    expect(updated.data?.updateMeeting).toEqual({
      __typename: "MutationUpdateMeetingSuccess",
      data: {
        slug,
        title: "Renamed",
        participants: { edges: [{ node: { person: { slug: "nakae" }, organizationBasis: "INFERRED" } }] },
      },
    });
    expect((await execute(UPDATE, { input: { id: "no-such-meeting", expectedVersion: 1 } }, headers)).data).toEqual({
      updateMeeting: { __typename: "NotFoundError", typename: "Meeting", key: "no-such-meeting" },
    });
  });
});
