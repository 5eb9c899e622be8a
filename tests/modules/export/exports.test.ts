// The data exports at /exports/... on the seed, fetched through yoga.fetch: headers, row
// counts, exact rows, RFC 4180 quoting read back with a strict parser, Popolo structure and
// sources, and how many SQL statements each export sends.
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { db, pool } from "../../../src/infra/db.js";
import {
  COMMITMENT_COLUMNS,
  commitmentsCsv,
  MEETING_COLUMNS,
  meetingsCsv,
  type Popolo,
} from "../../../src/modules/export/export.service.js";
import { yoga } from "../../../src/server/yoga.js";

let statements = 0;
db.$on("query", () => {
  statements++;
});

async function get(path: string, init: RequestInit = {}) {
  const before = statements;
  const response = await yoga.fetch(`http://accord.test${path}`, init);
  const text = await response.text();
  return { response, text, sql: statements - before };
}

/** A strict RFC 4180 reader: CRLF-terminated records, quotes only around whole fields, "" inside them. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let wasQuoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[i + 1] === '"') {
        field += '"';
        i++;
      } else quoted = false;
    } else if (char === '"') {
      if (field !== "" || wasQuoted) throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = wasQuoted = true;
    } else if (char === ",") {
      record.push(field);
      field = "";
      wasQuoted = false;
    } else if (char === "\r" && text[i + 1] === "\n") {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      wasQuoted = false;
      i++;
    } else if (char === "\r" || char === "\n") {
      throw new Error(`a bare line break outside quotes at ${i}`);
    } else {
      if (wasQuoted) throw new Error(`text after a closing quote at ${i}`);
      field += char;
    }
  }
  if (quoted) throw new Error("an unterminated quoted field");
  if (field !== "" || record.length) throw new Error("the last record does not end with CRLF");
  return records;
}

/** Records as objects keyed by the header row, which must be exactly `columns`. */
function parseTable(text: string, columns: readonly string[]): Array<Record<string, string>> {
  const [header, ...rows] = parseCsv(text);
  expect(header).toEqual([...columns]);
  for (const row of rows) expect(row).toHaveLength(columns.length);
  return rows.map((row) => Object.fromEntries(columns.map((column, i) => [column, row[i] as string])));
}

async function collect(chunks: AsyncGenerator<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("parseCsv, the reader these tests trust", () => {
  test("reads quoted commas, doubled quotes and line breaks, and rejects malformed input", () => {
    expect(parseCsv('a,"b, c","say ""hi""","two\r\nlines",\r\n')).toEqual([
      ["a", "b, c", 'say "hi"', "two\r\nlines", ""],
    ]);
    expect(() => parseCsv("a,b\n")).toThrow(/bare line break/);
    expect(() => parseCsv('a,b"c"\r\n')).toThrow(/quote inside/);
    expect(() => parseCsv("a,b")).toThrow(/CRLF/);
  });
});

describe("commitments.csv", () => {
  let fetched: Awaited<ReturnType<typeof get>>;
  let rows: Array<Record<string, string>>;
  beforeAll(async () => {
    fetched = await get("/exports/commitments.csv");
    rows = parseTable(fetched.text, COMMITMENT_COLUMNS);
  });
  const row = (slug: string) => rows.find((candidate) => candidate.slug === slug);

  test("is a UTF-8 CSV download without a byte-order mark, sent in one SQL statement", () => {
    expect(fetched.response.status).toBe(200);
    expect(fetched.response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fetched.response.headers.get("content-disposition")).toBe('attachment; filename="commitments.csv"');
    expect(fetched.text.charCodeAt(0)).not.toBe(0xfeff);
    expect(fetched.text.startsWith("slug,kind,status,statement,meeting_slug,")).toBe(true);
    expect(fetched.sql).toBe(1);
  });

  test("has one row per commitment: 16 on the seed", async () => {
    expect(rows).toHaveLength(16);
    expect(rows).toHaveLength(await db.commitment.count());
    expect(new Set(rows.map((r) => r.slug)).size).toBe(16);
  });

  test("Ban's request to Kan: makers and addressees with their types, meeting, month-precise date, topic, citation", () => {
    expect(row("ban-requests-kan-sdf-engineers-south-sudan")).toEqual({
      slug: "ban-requests-kan-sdf-engineers-south-sudan",
      kind: "REQUEST",
      status: "DEFERRED",
      statement:
        "Secretary-General Ban asked Prime Minister Kan for the dispatch of SDF engineering units to South Sudan.",
      meeting_slug: "ban-kan-2011",
      meeting_title: "Meeting between UN Secretary-General Ban and Prime Minister Kan",
      meeting_date: "2011-08",
      meeting_date_precision: "MONTH",
      makers: "Ban (person); United Nations (organization)",
      addressees: "Kan (person); Government of Japan (organization)",
      topic_slug: "peacekeeping-south-sudan",
      topic: expect.any(String),
      due_date: "",
      due_precision: "",
      due_text: "",
      due_basis: "STATED",
      due_note: "",
      due_as_soon_as_possible: "false",
      responds_to_slug: "",
      basis: "STATED",
      citation_quote:
        "Prior to that, Secretary-General Ban had met with then Prime Minister Kan and requested for the dispatch of SDF engineering units to South Sudan.",
      document_slug: "mod-2011-kitazawa-ban-meeting",
      document_title: "Meeting between then Defense Minister Kitazawa and UN Secretary-General",
      start_offset: "366",
      end_offset: "511",
    });
  });

  test("responses name the request they answer; worded deadlines and country parties come through", () => {
    expect(row("kitazawa-response-minustah")).toMatchObject({
      kind: "RESPONSE",
      status: "NOT_APPLICABLE",
      responds_to_slug: "ban-seeks-continued-sdf-cooperation",
      meeting_date: "2011-08-09",
      due_date: "2012-01",
      due_precision: "MONTH",
      due_text: "in January next year",
      due_basis: "INFERRED",
      due_note: expect.stringContaining('Computed from the words "January next year"'),
    });
    expect(row("japan-china-defense-minister-visit")).toMatchObject({
      kind: "AGREEMENT",
      status: "OPEN",
      due_text: "as soon as possible",
      due_date: "",
      due_as_soon_as_possible: "true",
    });
    expect(row("japan-china-develop-bilateral-relations")?.makers).toContain("Japan (country); China (country)");
  });

  test("statements and quotes with commas and curly quotes survive quoting exactly, and offsets span the quote", async () => {
    const stored = await db.commitment.findMany({
      select: {
        slug: true,
        statement: true,
        citation: { select: { quote: true, startOffset: true, endOffset: true } },
      },
    });
    const withCommas = stored.filter((commitment) => commitment.statement.includes(","));
    expect(withCommas.length).toBeGreaterThan(3);
    expect(fetched.text).toContain(
      '"Japan and China concurred on the need to further develop bilateral relations to enhance their shared interests, based on',
    );
    for (const commitment of stored) {
      expect(row(commitment.slug)).toMatchObject({
        statement: commitment.statement,
        citation_quote: commitment.citation.quote,
        start_offset: String(commitment.citation.startOffset),
        end_offset: String(commitment.citation.endOffset),
      });
      // Offsets count code points, like the database's.
      expect([...commitment.citation.quote].length).toBe(
        commitment.citation.endOffset - commitment.citation.startOffset,
      );
    }
  });

  test("rows run in meeting order: by date (undated last), then the order the source reports them", () => {
    const dates = rows.map((r) => r.meeting_date || "9999");
    expect(dates).toEqual([...dates].sort());
    expect(rows[0]?.meeting_slug).toBe("japan-china-defense-vice-ministerial-9");
    expect(rows.filter((r) => r.meeting_slug === "kitazawa-ban-2011-08-09").map((r) => r.slug)[0]).toBe(
      "ban-calls-again-sdf-south-sudan",
    );
  });

  test("read in batches, the file is the same, one SQL statement per batch", async () => {
    const before = statements;
    expect(await collect(commitmentsCsv({ batchSize: 5 }))).toBe(fetched.text);
    expect(statements - before).toBe(4); // 5 + 5 + 5 + 1
  });
});

describe("meetings.csv", () => {
  let fetched: Awaited<ReturnType<typeof get>>;
  let rows: Array<Record<string, string>>;
  beforeAll(async () => {
    fetched = await get("/exports/meetings.csv");
    rows = parseTable(fetched.text, MEETING_COLUMNS);
  });

  test("is a CSV download sent in one SQL statement", () => {
    expect(fetched.response.status).toBe(200);
    expect(fetched.response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(fetched.response.headers.get("content-disposition")).toBe('attachment; filename="meetings.csv"');
    expect(fetched.sql).toBe(1);
  });

  test("has a row per participation plus one per meeting without participants: 10 + 3", async () => {
    const participations = await db.participation.count();
    const empty = await db.meeting.findMany({
      where: { participations: { none: {} } },
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    expect([participations, empty.length]).toEqual([10, 3]);
    expect(rows).toHaveLength(participations + empty.length);
    const withoutPeople = rows.filter((r) => r.person_slug === "");
    expect(withoutPeople.map((r) => r.meeting_slug).sort()).toEqual(empty.map((meeting) => meeting.slug));
    for (const r of withoutPeople)
      expect([r.person_name, r.role_title, r.side, r.organization, r.country, r.citation_quote]).toEqual([
        "",
        "",
        "",
        "",
        "",
        "",
      ]);
  });

  test("a participation row: Ma Xiaotian at the 9th vice-ministerial meeting", () => {
    expect(
      rows.find((r) => r.meeting_slug === "japan-china-defense-vice-ministerial-9" && r.person_slug === "ma-xiaotian"),
    ).toEqual({
      meeting_slug: "japan-china-defense-vice-ministerial-9",
      meeting_title: "9th Japan-China Defense Vice-Ministerial Meeting",
      meeting_kind: "DEFENSE_DIALOGUE",
      meeting_status: "HELD",
      date: "2011-07-26",
      date_precision: "DAY",
      date_basis: "INFERRED",
      place: "Ministry of Defense",
      place_country: "Japan",
      person_slug: "ma-xiaotian",
      person_name: "Ma Xiaotian",
      role_title: "Deputy Chief of the General Staff of the People’s Liberation Army",
      side: "GUEST",
      organization_slug: "pla-general-staff",
      organization: "General Staff of the People’s Liberation Army",
      country: "China",
      citation_quote:
        "The Chinese delegation included Deputy Chief of the General Staff of the People’s Liberation Army of China, Ma Xiaotian, as well as Chinese military attache to Japan, Xu Jingming.",
      meeting_citation_quote:
        "On July 26, the 9th Japan-China Defense Vice-Ministerial Meeting was held at the Ministry of Defense.",
    });
  });

  test("dates keep their precision; a meeting's hosts come before its guests", () => {
    expect(rows.find((r) => r.meeting_slug === "japan-china-defense-vice-ministerial-8")).toMatchObject({
      date: "2008-03",
      date_precision: "MONTH",
      person_slug: "",
    });
    expect(rows.find((r) => r.meeting_slug === "japan-china-maritime-working-level-talk-3")).toMatchObject({
      meeting_status: "PLANNED",
      date: "",
      date_precision: "",
      date_basis: "",
    });
    const sides = rows.filter((r) => r.meeting_slug === "japan-china-defense-vice-ministerial-9").map((r) => r.side);
    expect(sides).toEqual(["HOST", "HOST", "HOST", "HOST", "GUEST", "GUEST"]);
  });

  test("read in batches, the file is the same", async () => {
    const before = statements;
    expect(await collect(meetingsCsv({ batchSize: 4 }))).toBe(fetched.text);
    expect(statements - before).toBe(4); // 4 + 4 + 4 + 1
  });
});

describe("popolo.json", () => {
  let fetched: Awaited<ReturnType<typeof get>>;
  let popolo: Popolo;
  let cursors: number;
  beforeAll(async () => {
    const connect = vi.spyOn(pool, "connect");
    fetched = await get("/exports/popolo.json");
    cursors = connect.mock.calls.length;
    connect.mockRestore();
    popolo = JSON.parse(fetched.text) as Popolo;
  });
  const byId = <T extends { id: string }>(records: T[], id: string) => records.find((record) => record.id === id);

  test("is a JSON download streamed from four SQL statements, one server-side cursor per section", () => {
    expect(fetched.response.status).toBe(200);
    expect(fetched.response.headers.get("content-type")).toBe("application/json");
    expect(fetched.response.headers.get("content-disposition")).toBe('attachment; filename="popolo.json"');
    expect(cursors).toBe(4);
    expect(fetched.sql).toBe(0);
  });

  test("has every person, organization, position (as membership) and meeting (as event), by slug", () => {
    expect([
      popolo.persons.length,
      popolo.organizations.length,
      popolo.memberships.length,
      popolo.events.length,
    ]).toEqual([9, 15, 9, 6]);
    expect(byId(popolo.persons, "ban-ki-moon")).toMatchObject({ name: "Ban", other_names: [{ name: "Ban Ki-moon" }] });
    expect(byId(popolo.persons, "kitazawa")).toMatchObject({ name: "Kitazawa", national_identity: "Japan" });
    expect(byId(popolo.persons, "kitazawa")?.other_names).toBeUndefined();
  });

  test("organizations: classification is the kind, acronyms are other names, parent_id links resolve", () => {
    expect(byId(popolo.organizations, "japan-self-defense-forces")).toMatchObject({
      name: "Self-Defense Forces",
      classification: "ARMED_FORCES",
      parent_id: "japan-ministry-of-defense",
      other_names: [{ name: "SDF", note: "acronym" }],
    });
    expect(byId(popolo.organizations, "japan-bureau-of-defense-policy")?.parent_id).toBe("japan-ministry-of-defense");
    expect(byId(popolo.organizations, "japan-ministry-of-defense")?.parent_id).toBe("government-of-japan");
    expect(byId(popolo.organizations, "government-of-japan")?.parent_id).toBeUndefined();
    const ids = new Set(popolo.organizations.map((organization) => organization.id));
    const parents = popolo.organizations.flatMap((organization) =>
      organization.parent_id ? [organization.parent_id] : [],
    );
    expect(parents).toHaveLength(8);
    for (const parent of parents) expect(ids).toContain(parent);
  });

  test("memberships link people to organizations with the position's title", () => {
    const persons = new Set(popolo.persons.map((person) => person.id));
    const organizations = new Set(popolo.organizations.map((organization) => organization.id));
    for (const membership of popolo.memberships) {
      expect(persons).toContain(membership.person_id);
      expect(organizations).toContain(membership.organization_id);
    }
    expect(byId(popolo.memberships, "kitazawa-defense-minister")).toMatchObject({
      person_id: "kitazawa",
      organization_id: "japan-ministry-of-defense",
      role: "Defense Minister",
      x_current: false,
    });
    expect(byId(popolo.memberships, "kitazawa-defense-minister")?.start_date).toBeUndefined();
  });

  test("events: kind, date at its precision, the hosting organization named by the place, participants with role and side", () => {
    expect(byId(popolo.events, "japan-china-defense-vice-ministerial-9")).toMatchObject({
      name: "9th Japan-China Defense Vice-Ministerial Meeting",
      classification: "DEFENSE_DIALOGUE",
      start_date: "2011-07-26",
      location: "Ministry of Defense",
      organization_id: "japan-ministry-of-defense",
    });
    expect(byId(popolo.events, "japan-china-defense-vice-ministerial-9")?.x_participants).toHaveLength(6);
    expect(byId(popolo.events, "japan-china-defense-vice-ministerial-9")?.x_participants[0]).toEqual({
      person_id: "nakae",
      role: "Administrative Vice-Minister",
      side: "HOST",
      organization_id: "japan-ministry-of-defense",
      x_country_code: "jp",
    });
    expect(byId(popolo.events, "ban-kan-2011")).toMatchObject({
      start_date: "2011-08",
      classification: "BILATERAL_MEETING",
    });
    expect(byId(popolo.events, "japan-china-defense-vice-ministerial-8")).toMatchObject({
      start_date: "2008-03",
      x_participants: [],
    });
    expect(byId(popolo.events, "japan-china-maritime-working-level-talk-3")?.start_date).toBeUndefined();
  });

  test("every record has a source whose note gives the document title and a stored quote", async () => {
    const citations = await db.citation.findMany({ select: { quote: true, document: { select: { title: true } } } });
    const records = [...popolo.persons, ...popolo.organizations, ...popolo.memberships, ...popolo.events];
    expect(records).toHaveLength(39);
    for (const record of records) {
      expect(record.sources.length, record.id).toBeGreaterThan(0);
      for (const source of record.sources) {
        expect(source.url).toMatch(/^[a-z]+:/);
        expect(
          citations.some(
            (citation) => source.note.includes(citation.quote) && source.note.includes(citation.document.title),
          ),
        ).toBe(true);
      }
    }
  });

  test("sources are the record's own citations: a membership's position, an event's meeting", async () => {
    const position = await db.position.findUniqueOrThrow({
      where: { slug: "xu-jingming-military-attache-to-japan" },
      select: { citation: { select: { quote: true } } },
    });
    expect(
      byId(popolo.memberships, "xu-jingming-military-attache-to-japan")?.sources.map((source) => source.note),
    ).toEqual([expect.stringContaining(position.citation.quote)]);
    const meeting = await db.meeting.findUniqueOrThrow({
      where: { slug: "japan-china-defense-vice-ministerial-8" },
      select: { citation: { select: { quote: true } } },
    });
    expect(byId(popolo.events, "japan-china-defense-vice-ministerial-8")?.sources).toEqual([
      {
        url: expect.stringMatching(/^urn:accord:mod-2011-japan-china-vice-ministerial-meeting#\d+-\d+$/),
        note: expect.stringContaining(meeting.citation.quote),
      },
    ]);
    // An organization no fact cites is sourced to the quote that names it.
    expect(byId(popolo.organizations, "admm-plus")?.sources.map((source) => source.note)).toEqual([
      expect.stringContaining("ASEAN Defense Ministers’ Meeting (ADMM) Plus"),
    ]);
  });
});

describe("the routes", () => {
  test("HEAD answers with the headers only; other methods and unknown files are refused", async () => {
    const head = await get("/exports/meetings.csv", { method: "HEAD" });
    expect([head.response.status, head.response.headers.get("content-type"), head.text, head.sql]).toEqual([
      200,
      "text/csv; charset=utf-8",
      "",
      0,
    ]);
    const post = await get("/exports/meetings.csv", { method: "POST" });
    expect([post.response.status, post.response.headers.get("allow")]).toEqual([405, "GET, HEAD"]);
    const missing = await get("/exports/people.xlsx");
    expect(missing.response.status).toBe(404);
    expect(missing.text).toContain("/exports/commitments.csv");
  });
});

describe("quoting edge cases, on a copy of the data", () => {
  const slug = "japan-china-welcome-field-officer-exchanges";
  let original: string;
  beforeAll(async () => {
    original = (await db.commitment.findUniqueOrThrow({ where: { slug }, select: { statement: true } })).statement;
  });
  afterAll(async () => {
    await db.commitment.update({ where: { slug }, data: { statement: original } });
  });

  test("a statement with quotes, commas, CRLF and LF reads back unchanged", async () => {
    const statement = 'They said "yes, soon",\r\nthen\n"no" — and ""maybe""';
    await db.commitment.update({ where: { slug }, data: { statement } });
    const { text } = await get("/exports/commitments.csv");
    expect(text).toContain('"They said ""yes, soon"",\r\nthen\n""no"" — and """"maybe"""""');
    const rows = parseTable(text, COMMITMENT_COLUMNS);
    expect(rows).toHaveLength(16);
    expect(rows.find((r) => r.slug === slug)?.statement).toBe(statement);
  });
});
