// The README's "Questions you can ask": every ```graphql block in that section runs as-is on
// the seed, without errors and with a non-empty answer, and the key questions get the answers
// the README promises.
import { describe, expect, test } from "vitest";
import { executeText as execute } from "../helpers/execute.js";
import { readmeQuestions as questions, readmeSection as section } from "../helpers/readme.js";

const QUESTIONS = questions(section("Questions you can ask"));

/** True when the value holds at least one string, and every connection in it has edges. */
function hasAnswer(value: unknown): boolean {
  const strings: string[] = [];
  let emptyConnection = false;
  const walk = (v: unknown) => {
    if (typeof v === "string") strings.push(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === "object") {
      const record = v as Record<string, unknown>;
      if (Array.isArray(record.edges) && record.edges.length === 0) emptyConnection = true;
      Object.values(record).forEach(walk);
    }
  };
  walk(value);
  return strings.length > 0 && !emptyConnection;
}

/** Runs question `index` and returns its data, typed as the test expects it. */
async function answer<T>(index: number): Promise<T> {
  const result = await execute<T>((QUESTIONS[index] as { query: string }).query);
  expect(result.errors).toBeUndefined();
  return result.data as T;
}
type Connection<T> = { totalCount?: number; edges: { node: T }[] };
const nodes = <T>(connection: Connection<T>): T[] => connection.edges.map((edge) => edge.node);
type Named = { name: string };

test("the section asks 8 to 16 questions, each with one GraphQL block", () => {
  expect(QUESTIONS.length).toBeGreaterThanOrEqual(8);
  expect(QUESTIONS.length).toBeLessThanOrEqual(16);
  for (const { question } of QUESTIONS) expect(question).toMatch(/\?/);
});

test("no block hard-codes a global id: records are named by slug or ISO code", () => {
  // A global id is base64 of "Typename:uuid", 40 characters or more; slugs and codes are shorter words.
  for (const { query } of QUESTIONS) expect(query).not.toMatch(/"[A-Za-z0-9_-]{40,}={0,2}"/);
});

describe("every question runs as written", () => {
  test.each(QUESTIONS.map((q, i) => [i + 1, q.question, q.query] as const))("%i. %s", async (_n, _question, query) => {
    const result = await execute(query);
    expect(result.errors).toBeUndefined();
    expect(result.status).toBe(200);
    const data = result.data as Record<string, unknown>;
    expect(Object.keys(data).length).toBeGreaterThan(0);
    for (const [field, value] of Object.entries(data))
      expect(hasAnswer(value), `${field} should hold an answer`).toBe(true);
  });
});

describe("the answers", () => {
  const find = (text: RegExp) => {
    const index = QUESTIONS.findIndex((q) => text.test(q.question));
    if (index < 0) throw new Error(`no question matches ${text}`);
    return index;
  };

  test("the three unresolved requests were all made to Japanese people or bodies", async () => {
    const { commitments } = await answer<{ commitments: Connection<{ status: string; addressees: Named[] }> }>(
      find(/unresolved/),
    );
    expect(commitments.totalCount).toBe(3);
    const addressees = nodes(commitments).map((c) => c.addressees.map((a) => a.name).sort());
    expect(addressees).toEqual(
      expect.arrayContaining([
        ["Government of Japan", "Kan"],
        ["Kitazawa", "Ministry of Defense"],
        ["Self-Defense Forces"],
      ]),
    );
    expect(nodes(commitments).every((c) => c.status === "DEFERRED")).toBe(true);
  });

  test("Ma Xiaotian met the four Japanese officials at the 9th vice-ministerial meeting", async () => {
    const { people } = await answer<{
      people: Connection<{ name: string; counterparts: { person: Named; meetings: unknown[] }[] }>;
    }>(find(/Deputy Chief of the General Staff/));
    const [ma] = nodes(people);
    if (!ma) throw new Error("no one found");
    expect(ma.name).toBe("Ma Xiaotian");
    expect(ma.counterparts.map((c) => c.person.name).sort()).toEqual(["Kawano", "Nakae", "Sakurai", "Takamizawa"]);
    for (const counterpart of ma.counterparts)
      expect(counterpart.meetings).toEqual([
        {
          title: "9th Japan-China Defense Vice-Ministerial Meeting",
          date: { value: "2011-07-26" },
          place: "Ministry of Defense",
        },
      ]);
  });

  test("the UN's renewed call for SDF personnel drew two answers from Kitazawa", async () => {
    type Said = { statement: string; thread: { depth: number; commitment: { kind: string } }[] };
    const { organization } = await answer<{ organization: { commitments: Connection<{ commitment: Said }> } }>(
      find(/UN ask/),
    );
    const said = nodes(organization.commitments).map((party) => party.commitment);
    expect(said).toHaveLength(6);
    const call = said.find((c) => c.statement.startsWith("Secretary-General Ban called again"));
    expect(call?.thread.map((e) => [e.depth, e.commitment.kind])).toEqual([
      [0, "REQUEST"],
      [1, "RESPONSE"],
      [1, "RESPONSE"],
    ]);
  });

  test("Kitazawa was then Defense Minister", async () => {
    const { person } = await answer<{ person: { participations: Connection<unknown> } }>(find(/title did Kitazawa/));
    expect(nodes(person.participations)).toEqual([
      {
        meeting: {
          title: "Meeting between Defense Minister Kitazawa and UN Secretary-General Ban",
          date: { value: "2011-08-09", basis: "INFERRED" },
        },
        roleAtMeeting: {
          title: "Defense Minister",
          heldAsOfSource: false,
          knownToHaveEnded: true,
          organization: { name: "Ministry of Defense" },
        },
      },
    ]);
  });

  test("Kitazawa on the day; Ban as Secretary-General only as of a 2011 source", async () => {
    type Names = Connection<{ name: string; positions?: Connection<unknown> }>;
    const { onTheDay, perLatestSource } = await answer<{ onTheDay: Names; perLatestSource: Names }>(
      find(/per the latest source/),
    );
    expect(nodes(onTheDay).map((p) => p.name)).toEqual(["Kitazawa"]);
    expect(nodes(perLatestSource).map((p) => [p.name, nodes(p.positions ?? { edges: [] })])).toEqual([
      [
        "Ban",
        [
          {
            title: "Secretary-General",
            heldAsOfSource: true,
            knownToHaveEnded: false,
            sourceDate: { value: "2011", basis: "INFERRED" },
          },
        ],
      ],
    ]);
  });

  test("August 2011: the Ban–Kan meeting known only to the month, then August 9", async () => {
    const { meetings } = await answer<{ meetings: Connection<{ date: { value: string } }> }>(
      find(/took place in August 2011/),
    );
    expect(nodes(meetings).map((m) => m.date.value)).toEqual(["2011-08", "2011-08-09"]);
  });

  test('"Kitazava" finds Kitazawa', async () => {
    const { search } = await answer<{ search: Connection<unknown> }>(find(/Kitazava/));
    expect(nodes(search)[0]).toEqual({
      __typename: "Person",
      name: "Kitazawa",
      slug: "kitazawa",
      country: { name: "Japan" },
    });
  });

  test("commitment counts by maker country and kind", async () => {
    type Group = { makerCountry: Named | null; makerOrganization: Named | null; count: number };
    const { commitmentStats } = await answer<{ commitmentStats: { total: number; groups: Group[] } }>(
      find(/each country make/),
    );
    expect(commitmentStats.total).toBe(16);
    const japan = commitmentStats.groups.filter((g) => g.makerCountry?.name === "Japan");
    expect(japan.reduce((sum, g) => sum + g.count, 0)).toBe(10);
    const un = commitmentStats.groups.filter((g) => g.makerOrganization?.name);
    expect(un.map((g) => g.makerOrganization?.name)).toEqual(["United Nations", "United Nations"]);
  });

  test("what Japan promised or agreed with China: six joint commitments and Japan's thanks", async () => {
    const { commitments } = await answer<{ commitments: Connection<{ kind: string; direction: string }> }>(
      find(/promise or agree with China/),
    );
    expect(commitments.totalCount).toBe(7);
    const directions = nodes(commitments).map((c) => c.direction);
    expect(directions.filter((d) => d === "JOINT")).toHaveLength(6);
    expect(directions.filter((d) => d === "A_TO_B")).toHaveLength(1);
  });

  test("Japan and China met once, at the 9th vice-ministerial meeting, six at the table", async () => {
    const { meetings } = await answer<{ meetings: Connection<{ title: string; participants: Connection<unknown> }> }>(
      find(/Japan and China meet/),
    );
    expect(nodes(meetings).map((m) => m.title)).toEqual(["9th Japan-China Defense Vice-Ministerial Meeting"]);
    expect(nodes(nodes(meetings)[0]?.participants ?? { edges: [] })).toHaveLength(6);
  });

  test("four bodies sit directly under the Ministry of Defense", async () => {
    const { organization } = await answer<{ organization: { parent: Named | null; children: Connection<Named> } }>(
      find(/under Japan's Ministry of Defense/),
    );
    expect(organization.parent).toEqual({ name: "Government of Japan" });
    expect(organization.children.totalCount).toBe(4);
    expect(nodes(organization.children).map((o) => o.name)).toEqual([
      "Bureau of Defense Policy",
      "Bureau of Operational Policy",
      "Joint Staff",
      "Self-Defense Forces",
    ]);
  });

  test("six open agreements and concurrences from the 9th vice-ministerial meeting", async () => {
    const { meeting } = await answer<{ meeting: { commitments: Connection<{ due: { text: string | null } | null }> } }>(
      find(/still open/),
    );
    expect(meeting.commitments.totalCount).toBe(6);
    expect(nodes(meeting.commitments).filter((c) => c.due?.text === "as soon as possible")).toHaveLength(2);
  });

  test("the PLA's page: Ma Xiaotian for its General Staff, Xu Jingming for the PLA itself by inference", async () => {
    type Row = { person: Named; organization: Named; organizationBasis: string };
    const { organization } = await answer<{ organization: { participations: Connection<Row> } }>(
      find(/People's Liberation Army or its branches/),
    );
    expect(organization.participations.totalCount).toBe(2);
    expect(
      nodes(organization.participations)
        .map((p) => [p.person.name, p.organization.name, p.organizationBasis])
        .sort(),
    ).toEqual([
      ["Ma Xiaotian", "General Staff of the People’s Liberation Army", "STATED"],
      ["Xu Jingming", "People’s Liberation Army", "INFERRED"],
    ]);
  });

  test("due by January 2012 or as soon as possible: the two urgent items, then Kitazawa's MINUSTAH term in 2012-01", async () => {
    type Due = { text: string; asSoonAsPossible: boolean; date: { value: string; basis: string } | null };
    const { commitments } = await answer<{ commitments: Connection<{ statement: string; due: Due }> }>(
      find(/most urgent first/),
    );
    expect(
      nodes(commitments).map((c) => [c.due.asSoonAsPossible, c.due.date?.value ?? null, c.due.date?.basis ?? null]),
    ).toEqual([
      [true, null, null],
      [true, null, null],
      [false, "2012-01", "INFERRED"],
    ]);
  });
});

test("the README's own example query runs", async () => {
  const [example] = questions(section("An example")).map((q) => q.query);
  expect(example).toBeDefined();
  const result = await execute(example as string);
  expect(result.errors).toBeUndefined();
  expect((result.data as { meeting: { title: string } }).meeting.title).toBe(
    "Meeting between Defense Minister Kitazawa and UN Secretary-General Ban",
  );
});
