// Writes to source documents, positions and meetings (with participants) through GraphQL, read
// back through queries; citations must quote their document verbatim, and every refusal is a
// typed error that writes nothing.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, test } from "vitest";
import { encodeGlobalId } from "../../../src/schema/global-id.js";
import { graphql } from "../../generated/index.js";
import { data, execute } from "../../helpers/execute.js";
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
  sql,
  succeed,
  type TestKey,
  uniqueSlug,
  uuidOf,
} from "../../helpers/writes.js";

let editor: TestKey;
let document: string;
beforeAll(async () => {
  editor = await editorKey("documents-editor");
  document = await createDocument(editor.headers);
});

const cite = (quote: string, occurrence?: number) => ({ document, quote, ...(occurrence ? { occurrence } : {}) });
const CITATION_FIELDS = "citation { quote startOffset endOffset document { id } }";

describe("source documents", () => {
  test("createSourceDocument stores the text verbatim; node(id:) reads it back", async () => {
    const slug = uniqueSlug("press-release");
    const body = "Première ligne.\nSecond line — with “quotes”.";
    const created = await succeed<{ id: string }>(
      "createSourceDocument",
      {
        slug,
        title: "Press release",
        publisher: "Ministry",
        url: "https://example.org/pr/1",
        published: "2011-08",
        language: "fr",
        body,
      },
      editor.headers,
    );
    const read = await data(
      graphql(`
        query DocumentsMeetingsSourceDocument($id: ID!) {
          node(id: $id) {
            ... on SourceDocument {
              slug
              title
              publisher
              url
              language
              body
              published {
                value
                precision
              }
              version
            }
          }
        }
      `),
      { id: created.id },
    );
    expect(read.node).toEqual({
      slug,
      title: "Press release",
      publisher: "Ministry",
      url: "https://example.org/pr/1",
      language: "fr",
      body,
      published: { value: "2011-08", precision: "MONTH" },
      version: 1,
    });
  });

  test("an empty body, a bad URL and a bad slug are ValidationErrors at their paths; a taken slug is a ConflictError", async () => {
    const before = await rowCounts();
    const issues = expectValidation(
      await mutate(
        "createSourceDocument",
        { slug: "x_y", title: "T", publisher: "P", url: "not a url", body: "" },
        { headers: editor.headers },
      ),
    );
    expect(issues.map((issue) => issue.path.join("."))).toEqual(["input.slug", "input.url", "input.body"]);

    const [existing] = await sql<{ slug: string }>("SELECT slug FROM source_document LIMIT 1");
    expect(
      await mutate(
        "createSourceDocument",
        { slug: existing?.slug, title: "T", publisher: "P", body: "text" },
        { headers: editor.headers },
      ),
    ).toMatchObject({
      __typename: "ConflictError",
      field: "slug",
    });
    expect(await rowCounts()).toEqual(before);
  });
});

describe("positions", () => {
  type PositionView = {
    id: string;
    title: string;
    current: boolean;
    start: { value: string; precision: string } | null;
    end: { value: string; precision: string } | null;
    person: { id: string };
    organization: { id: string };
    citation: { quote: string; startOffset: number; endOffset: number; document: { id: string } };
    version: number;
  };
  const POSITION_FIELDS = `id title current start { value precision } end { value precision } person { id } organization { id } ${CITATION_FIELDS} version`;

  test("createPosition stores the role with its citation located in the document; updatePosition records its end", async () => {
    const person = await createPerson(editor.headers, "Minister");
    const organization = await gid("Organization", "japan-ministry-of-defense");
    const quote = "the Minister of Defense";
    const created = await succeed<PositionView>(
      "createPosition",
      {
        slug: uniqueSlug("minister"),
        person,
        organization,
        title: "Minister of Defense",
        current: true,
        start: "2011-08-09",
        citation: cite(quote),
      },
      editor.headers,
      POSITION_FIELDS,
    );
    expect(created).toMatchObject({
      title: "Minister of Defense",
      current: true,
      start: { value: "2011-08-09", precision: "DAY" },
      end: null,
      person: { id: person },
      organization: { id: organization },
      citation: {
        quote,
        startOffset: DOCUMENT_BODY.indexOf(quote),
        endOffset: DOCUMENT_BODY.indexOf(quote) + quote.length,
        document: { id: document },
      },
      version: 1,
    });

    const ended = await succeed<PositionView>(
      "updatePosition",
      { id: created.id, expectedVersion: 1, current: false, end: "2012-01" },
      editor.headers,
      POSITION_FIELDS,
    );
    expect(ended).toMatchObject({ current: false, end: { value: "2012-01", precision: "MONTH" }, version: 2 });
    // The same fields as POSITION_FIELDS, which the mutations select.
    const read = await data(
      graphql(`
        query DocumentsMeetingsPersonPositions($id: ID!) {
          person(id: $id) {
            positions {
              edges {
                node {
                  id
                  title
                  current
                  start {
                    value
                    precision
                  }
                  end {
                    value
                    precision
                  }
                  person {
                    id
                  }
                  organization {
                    id
                  }
                  citation {
                    quote
                    startOffset
                    endOffset
                    document {
                      id
                    }
                  }
                  version
                }
              }
            }
          }
        }
      `),
      { id: person },
    );
    expect(read.person.positions.edges.map((edge) => edge.node)).toEqual([ended]);

    expect(
      await mutate(
        "updatePosition",
        { id: created.id, expectedVersion: 1, title: "Stale" },
        { headers: editor.headers },
      ),
    ).toMatchObject({
      __typename: "ConflictError",
      field: "expectedVersion",
    });
    expect(await succeed<{ id: string }>("deletePosition", { id: created.id }, editor.headers)).toEqual({
      id: created.id,
    });
    expect(await mutate("deletePosition", { id: created.id }, { headers: editor.headers })).toMatchObject({
      __typename: "NotFoundError",
      typename: "Position",
    });
  });

  test("a quote that is not in the document is a ValidationError whose path ends with quote; nothing is written", async () => {
    const person = await createPerson(editor.headers, "Unquoted");
    const before = await rowCounts();
    const issues = expectValidation(
      await mutate(
        "createPosition",
        {
          slug: uniqueSlug("unquoted"),
          person,
          organization: await gid("Organization", "united-nations"),
          title: "Envoy",
          current: true,
          citation: cite("a sentence the document never says"),
        },
        { headers: editor.headers },
      ),
    );
    expect(issues).toEqual([
      {
        path: ["input", "citation", "quote"],
        message: expect.stringMatching(/does not occur verbatim in the document/),
      },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  test("the occurrence picks among repeats of a quote; one past the last is a ValidationError at the quote", async () => {
    const person = await createPerson(editor.headers, "Repeated");
    const organization = await gid("Organization", "united-nations");
    const quote = "The Secretary-General";
    const second = await succeed<PositionView>(
      "createPosition",
      {
        slug: uniqueSlug("sg"),
        person,
        organization,
        title: "Secretary-General",
        current: true,
        citation: cite(quote, 2),
      },
      editor.headers,
      POSITION_FIELDS,
    );
    expect(second.citation.startOffset).toBe(DOCUMENT_BODY.lastIndexOf(quote));
    expect(DOCUMENT_BODY.indexOf(quote)).toBeLessThan(DOCUMENT_BODY.lastIndexOf(quote));

    const third = await mutate(
      "createPosition",
      {
        slug: uniqueSlug("sg"),
        person,
        organization,
        title: "Secretary-General",
        current: true,
        citation: cite(quote, 3),
      },
      { headers: editor.headers },
    );
    expect(expectValidation(third).map((issue) => issue.path)).toEqual([["input", "citation", "quote"]]);
  });

  test("a person id where an organization is expected, or an id naming nothing, is a ValidationError at its path", async () => {
    const person = await createPerson(editor.headers, "Mixed");
    const base = { slug: uniqueSlug("mixed"), title: "Role", current: true, citation: cite("the Minister of Defense") };
    expect(
      expectValidation(
        await mutate("createPosition", { ...base, person, organization: person }, { headers: editor.headers }),
      ),
    ).toEqual([
      { path: ["input", "organization"], message: `expected an organization; "${person}" is the id of a Person` },
    ]);
    const missingPerson = encodeGlobalId("Person", randomUUID());
    expect(
      await mutate(
        "createPosition",
        { ...base, person: missingPerson, organization: await gid("Organization", "united-nations") },
        { headers: editor.headers },
      ),
    ).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "person"], message: `no person has the id "${missingPerson}"` }],
    });
    const missingDocument = encodeGlobalId("SourceDocument", randomUUID());
    expect(
      await mutate(
        "createPosition",
        {
          ...base,
          person,
          organization: await gid("Organization", "united-nations"),
          citation: { document: missingDocument, quote: "x" },
        },
        { headers: editor.headers },
      ),
    ).toMatchObject({
      __typename: "ValidationError",
      issues: [
        { path: ["input", "citation", "document"], message: `no source document has the id "${missingDocument}"` },
      ],
    });
  });

  test("a date that is not a day of the calendar is refused, naming the field, before anything is written", async () => {
    const person = await createPerson(editor.headers, "Badly Dated");
    const before = await rowCounts();
    const response = await execute(
      graphql(`
        mutation DocumentsMeetingsCreatePositionBadDate($input: CreatePositionInput!) {
          createPosition(input: $input) {
            __typename
          }
        }
      `),
      {
        input: {
          slug: uniqueSlug("bad-date"),
          person,
          organization: await gid("Organization", "united-nations"),
          title: "Envoy",
          current: true,
          start: "2011-02-30",
          citation: cite("the Minister of Defense"),
        },
      },
      editor.headers,
    );
    // PartialDate is a scalar, so the value is refused while variables are read, before the
    // resolver could return a typed ValidationError; the error still says where and why.
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0]?.message).toMatch(
      /input\.start.*PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got "2011-02-30"/,
    );
    expect(response.sql).toBeLessThanOrEqual(1); // the API key lookup, nothing more
    expect(await rowCounts()).toEqual(before);
  });
});

describe("meetings", () => {
  type Participant = {
    person: { id: string };
    organization: { id: string } | null;
    country: { code: string } | null;
    roleTitle: string;
    side: string;
    citation: { quote: string };
  };
  type MeetingView = {
    id: string;
    slug: string;
    title: string;
    kind: string;
    status: string;
    date: { value: string; precision: string; basis: string; note: string | null } | null;
    place: string | null;
    placeCountry: { code: string } | null;
    participantCount: number;
    participants: { edges: { node: Participant }[] };
    citation: { quote: string };
    version: number;
  };
  const MEETING_FIELDS = `id slug title kind status date { value precision basis note } place placeCountry { code } participantCount
    participants { edges { node { person { id } organization { id } country { code } roleTitle side citation { quote } } } }
    citation { quote } version`;

  let minister: string;
  let secretaryGeneral: string;
  let ministry: string;
  let un: string;
  beforeAll(async () => {
    minister = await createPerson(editor.headers, "Minister");
    secretaryGeneral = await createPerson(editor.headers, "Secretary-General");
    ministry = await gid("Organization", "japan-ministry-of-defense");
    un = await gid("Organization", "united-nations");
  });

  const participants = () => [
    {
      person: secretaryGeneral,
      organization: un,
      roleTitle: "Secretary-General",
      side: "GUEST",
      citation: cite("met the Secretary-General"),
    },
    {
      person: minister,
      organization: ministry,
      country: "JP",
      roleTitle: "Minister of Defense",
      side: "HOST",
      citation: cite("the Minister of Defense"),
    },
  ];

  async function createMeeting(extra: Record<string, unknown> = {}): Promise<MeetingView> {
    return succeed<MeetingView>(
      "createMeeting",
      {
        slug: uniqueSlug("meeting"),
        title: "Minister meets Secretary-General",
        kind: "BILATERAL_MEETING",
        status: "HELD",
        date: "2011-08-09",
        place: "Tokyo",
        placeCountry: "JP",
        citation: cite("On 9 August the Minister of Defense met the Secretary-General in Tokyo."),
        participants: participants(),
        ...extra,
      },
      editor.headers,
      MEETING_FIELDS,
    );
  }

  test("createMeeting stores the meeting and its participants; meeting(slug:) reads them back, hosts first", async () => {
    const created = await createMeeting();
    expect(created).toMatchObject({
      title: "Minister meets Secretary-General",
      kind: "BILATERAL_MEETING",
      status: "HELD",
      date: { value: "2011-08-09", precision: "DAY", basis: "STATED", note: null },
      place: "Tokyo",
      placeCountry: { code: "JP" },
      participantCount: 2,
      citation: { quote: "On 9 August the Minister of Defense met the Secretary-General in Tokyo." },
      version: 1,
    });
    expect(created.participants.edges.map((edge) => edge.node)).toEqual([
      {
        person: { id: minister },
        organization: { id: ministry },
        country: { code: "JP" },
        roleTitle: "Minister of Defense",
        side: "HOST",
        citation: { quote: "the Minister of Defense" },
      },
      {
        person: { id: secretaryGeneral },
        organization: { id: un },
        country: null,
        roleTitle: "Secretary-General",
        side: "GUEST",
        citation: { quote: "met the Secretary-General" },
      },
    ]);
    // The same fields as MEETING_FIELDS, which createMeeting selects.
    const read = await data(
      graphql(`
        query DocumentsMeetingsMeetingBySlug($slug: String!) {
          meeting(slug: $slug) {
            id
            slug
            title
            kind
            status
            date {
              value
              precision
              basis
              note
            }
            place
            placeCountry {
              code
            }
            participantCount
            participants {
              edges {
                node {
                  person {
                    id
                  }
                  organization {
                    id
                  }
                  country {
                    code
                  }
                  roleTitle
                  side
                  citation {
                    quote
                  }
                }
              }
            }
            citation {
              quote
            }
            version
          }
        }
      `),
      { slug: created.slug },
    );
    expect(read.meeting).toEqual(created);
    const attended = await data(
      graphql(`
        query DocumentsMeetingsPersonParticipations($id: ID!) {
          person(id: $id) {
            participations {
              totalCount
            }
          }
        }
      `),
      {
        id: minister,
      },
    );
    expect(attended.person.participations.totalCount).toBeGreaterThanOrEqual(1);
  });

  test("a participant quote that is not in the document is a ValidationError at that participant's quote; nothing is written", async () => {
    const before = await rowCounts();
    const bad = participants();
    bad[1] = { ...(bad[1] as (typeof bad)[number]), citation: cite("the Minister of Foreign Affairs") };
    const result = await mutate(
      "createMeeting",
      {
        slug: uniqueSlug("bad-quote"),
        title: "T",
        kind: "OTHER",
        status: "HELD",
        citation: cite("Both sides agreed"),
        participants: bad,
      },
      { headers: editor.headers },
    );
    expect(expectValidation(result)).toEqual([
      { path: ["input", "participants", "1", "citation", "quote"], message: expect.stringMatching(/does not occur/) },
    ]);
    expect(await rowCounts()).toEqual(before);
  });

  test("the same person twice, an inferred date without a note, and a non-positive sequence number are ValidationErrors", async () => {
    const twice = participants();
    twice.push({ ...(twice[1] as (typeof twice)[number]), side: "GUEST" });
    const duplicate = await mutate(
      "createMeeting",
      {
        slug: uniqueSlug("twice"),
        title: "T",
        kind: "OTHER",
        status: "HELD",
        citation: cite("Both sides agreed"),
        participants: twice,
      },
      { headers: editor.headers },
    );
    expect(expectValidation(duplicate)).toEqual([
      { path: ["input", "participants", "2", "person"], message: expect.stringMatching(/already listed/) },
    ]);

    const undated = await mutate(
      "createMeeting",
      {
        slug: uniqueSlug("undated"),
        title: "T",
        kind: "OTHER",
        status: "HELD",
        date: "2011",
        dateInferred: true,
        sequenceNumber: 0,
        citation: cite("Both sides agreed"),
      },
      { headers: editor.headers },
    );
    expect(
      expectValidation(undated)
        .map((issue) => issue.path.join("."))
        .sort(),
    ).toEqual(["input.dateNote", "input.sequenceNumber"]);
  });

  test("updateMeeting replaces the participant list and changes the given fields at the expected version", async () => {
    const created = await createMeeting();
    const updated = await succeed<MeetingView>(
      "updateMeeting",
      {
        id: created.id,
        expectedVersion: 1,
        title: "Renamed meeting",
        status: "POSTPONED",
        participants: participants().slice(1),
      },
      editor.headers,
      MEETING_FIELDS,
    );
    expect(updated).toMatchObject({
      title: "Renamed meeting",
      status: "POSTPONED",
      place: "Tokyo",
      participantCount: 1,
      version: 2,
    });
    expect(updated.participants.edges.map((edge) => edge.node.person.id)).toEqual([minister]);
    const [row] = await sql<{ n: number }>("SELECT count(*)::int AS n FROM participation WHERE meeting_id = $1", [
      uuidOf(created.id),
    ]);
    expect(row?.n).toBe(1);

    const stale = await mutate(
      "updateMeeting",
      { id: created.id, expectedVersion: 1, title: "Lost" },
      { headers: editor.headers },
    );
    expect(stale).toMatchObject({ __typename: "ConflictError", field: "expectedVersion" });
    expect(
      (
        await data(
          graphql(`
            query DocumentsMeetingsMeetingVersion($id: ID!) {
              meeting(id: $id) {
                title
                version
              }
            }
          `),
          { id: created.id },
        )
      ).meeting,
    ).toEqual({
      title: "Renamed meeting",
      version: 2,
    });
  });

  test("a person who attended a meeting cannot be deleted; once the meeting is deleted, they can", async () => {
    const attendee = await createPerson(editor.headers, "Attendee");
    const meeting = await createMeeting({
      participants: [{ person: attendee, roleTitle: "Observer", side: "GUEST", citation: cite("Both sides agreed") }],
    });

    const refused = await mutate("deletePerson", { id: attendee }, { headers: editor.headers });
    expect(refused.__typename).toBe("ConflictError");
    expect(refused.message).toMatch(/1 participation/);

    expect(await succeed<{ id: string }>("deleteMeeting", { id: meeting.id }, editor.headers)).toEqual({
      id: meeting.id,
    });
    expect(await sql("SELECT 1 FROM participation WHERE meeting_id = $1", [uuidOf(meeting.id)])).toHaveLength(0);
    expect(await succeed<{ id: string }>("deletePerson", { id: attendee }, editor.headers)).toEqual({ id: attendee });
  });

  test("deleting a meeting at which commitments were made is a ConflictError", async () => {
    const meeting = await gid("Meeting", "kitazawa-ban-2011-08-09");
    const before = await rowCounts();
    const result = await mutate("deleteMeeting", { id: meeting }, { headers: editor.headers });
    expect(result.__typename).toBe("ConflictError");
    expect(result.message).toMatch(/commitment\(s\) were made at it/);
    expect(await rowCounts()).toEqual(before);
  });

  test("an organization created for a participant is usable at once; an unknown position is a ValidationError at its path", async () => {
    const office = await createOrganization(editor.headers, { name: "Liaison Office" });
    const meeting = await createMeeting({
      participants: [
        { person: minister, organization: office, roleTitle: "Liaison", side: "HOST", citation: cite("the Minister") },
      ],
    });
    expect(meeting.participants.edges[0]?.node.organization).toEqual({ id: office });

    const position = encodeGlobalId("Position", randomUUID());
    const result = await mutate(
      "createMeeting",
      {
        slug: uniqueSlug("unknown-position"),
        title: "T",
        kind: "OTHER",
        status: "HELD",
        citation: cite("Both sides agreed"),
        participants: [{ person: minister, position, roleTitle: "X", side: "HOST", citation: cite("the Minister") }],
      },
      { headers: editor.headers },
    );
    expect(result).toMatchObject({
      __typename: "ValidationError",
      issues: [{ path: ["input", "participants", "0", "position"], message: `no position has the id "${position}"` }],
    });
  });
});
