// Issue 14, what a review found still open: foreign cursors on lists inside a record, echoed
// client input, `nodes(ids:)` with unknown ids, long `or` filters, and statement timeouts.
import { randomUUID } from "node:crypto";
import { describe, expect, test } from "vitest";
import { onCompiledStatement } from "../../src/compiled-reads/executor.js";
import { db, pool } from "../../src/infra/db.js";
import { answer, type Operation, paths } from "../compiled-reads/paths.js";
import { graphql } from "../generated/index.js";
import { data, execute, executeText, type Operation as Typed } from "../helpers/execute.js";

const cursorOf = (id: string) => Buffer.from(`GPC:S:${id}`).toString("base64");

const MEETING_CURSORS = graphql(`
  query LeftoverMeetingCursors {
    meetings(first: 1) {
      edges {
        cursor
      }
    }
  }
`);
const PERSON_PARTICIPATIONS_AFTER = graphql(`
  query LeftoverPersonParticipationsAfter($slug: String!, $after: String) {
    person(slug: $slug) {
      name
      participations(first: 3, after: $after) {
        edges {
          node {
            id
          }
        }
      }
    }
  }
`);
const MEETINGS_PARTICIPANTS_AFTER = graphql(`
  query LeftoverMeetingsParticipantsAfter($after: String) {
    meetings(first: 5) {
      edges {
        node {
          slug
          participants(after: $after) {
            totalCount
            edges {
              node {
                id
              }
            }
          }
        }
      }
    }
  }
`);
const PARTICIPANTS_COUNT_AFTER = graphql(`
  query LeftoverParticipantsCountAfter($slug: String!, $after: String) {
    meeting(slug: $slug) {
      participants(after: $after) {
        totalCount
      }
    }
  }
`);
const PARTICIPANTS_PAGE_AFTER = graphql(`
  query LeftoverParticipantsPageAfter($slug: String!, $after: String) {
    meeting(slug: $slug) {
      participants(first: 100, after: $after) {
        edges {
          cursor
          node {
            id
          }
        }
      }
    }
  }
`);
const COMMITMENTS_MATCHING = graphql(`
  query LeftoverCommitmentsMatching($filter: CommitmentFilter) {
    commitments(filter: $filter, first: 100) {
      totalCount
      edges {
        node {
          id
        }
      }
    }
  }
`);
const COMMITMENTS_COUNT = graphql(`
  query LeftoverCommitmentsCount($filter: CommitmentFilter) {
    commitments(filter: $filter) {
      totalCount
    }
  }
`);
const NODES = graphql(`
  query LeftoverNodes($ids: [ID!]!) {
    nodes(ids: $ids) {
      id
      ... on Meeting {
        slug
      }
      ... on Person {
        slug
      }
    }
  }
`);
const ROOT = graphql(`
  query LeftoverRootAfter($after: String) {
    meetings(first: 2, after: $after) {
      edges {
        cursor
      }
    }
  }
`);
const NESTED = graphql(`
  query LeftoverNestedAfter($after: String) {
    meetings(first: 2) {
      edges {
        node {
          participants(after: $after) {
            edges {
              cursor
            }
          }
        }
      }
    }
  }
`);

/** A typed operation and its variables, as the two read paths in tests/compiled-reads/paths.ts take them. */
const asText = (operation: object, variables: Record<string, unknown> = {}): Operation => ({
  query: operation.toString(),
  variables,
});

let prismaStatements = 0;
db.$on("query", () => {
  prismaStatements++;
});

/** The resolvers' answer, with the Prisma statements it sent. */
async function resolved(operation: Operation) {
  const before = prismaStatements;
  const result = await answer(paths.resolvers, operation);
  return { ...result, sql: prismaStatements - before };
}

describe("a cursor from another list, on a list inside a record", () => {
  test("a person's participations refuse a cursor of the meetings list, on both read paths", async () => {
    const person = await db.person.findFirstOrThrow({
      where: { participations: { some: {} } },
      select: { slug: true },
      orderBy: { slug: "asc" },
    });
    const meetings = await data(MEETING_CURSORS);
    const foreign = meetings.meetings.edges[0]?.cursor as string;
    const variables = { slug: person.slug, after: foreign };
    const operation = asText(PERSON_PARTICIPATIONS_AFTER, variables);
    const byResolvers = await resolved(operation);
    expect(byResolvers.body.errors).toHaveLength(1);
    expect(byResolvers.body.errors?.[0]).toMatchObject({
      message: `Cursor "${foreign}" does not come from the Person.participations list: page with cursors this list returned`,
      path: ["person", "participations"],
      extensions: { code: "BAD_USER_INPUT" },
    });
    // The compiled path cannot page this list from a cursor (its order is by the meeting's date) and
    // says so; the server as deployed answers through the resolvers.
    const compiled = await answer(paths.compiled, operation);
    expect(compiled.body.errors?.[0]?.extensions?.code).toBe("NOT_COMPILED");
    const deployed = await execute(PERSON_PARTICIPATIONS_AFTER, variables);
    expect({ data: deployed.data, errors: deployed.errors?.map(({ message, path }) => ({ message, path })) }).toEqual({
      data: null,
      errors: (byResolvers.body.errors as { message: string; path?: unknown }[]).map(({ message, path }) => ({
        message,
        path,
      })),
    });
  });

  test("a meeting's participants refuse a cursor of a commitments list, for every meeting listed, checked once", async () => {
    const commitment = await db.commitment.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } });
    const operation = asText(MEETINGS_PARTICIPANTS_AFTER, { after: cursorOf(commitment.id) });
    const byResolvers = await resolved(operation);
    const compiled = await answer(paths.compiled, operation);
    expect(byResolvers.body.errors?.length).toBeGreaterThan(0);
    for (const error of byResolvers.body.errors ?? []) {
      expect(error.message).toMatch(/^Cursor ".*" does not come from the Meeting\.participants list/);
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
    }
    // The meetings, their participants after the cursor (Prisma pages a relation from a cursor in a
    // statement of its own), and the cursor checked once for all five.
    expect(byResolvers.sql).toBe(3);
    expect(compiled.text).toBe(byResolvers.text);
  });

  test("a cursor asking only for totalCount is refused the same way on both paths", async () => {
    const meeting = await db.meeting.findFirstOrThrow({ select: { slug: true, id: true }, orderBy: { id: "asc" } });
    const operation = asText(PARTICIPANTS_COUNT_AFTER, { slug: meeting.slug, after: cursorOf(meeting.id) });
    const byResolvers = await resolved(operation);
    const compiled = await answer(paths.compiled, operation);
    expect(byResolvers.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(compiled.text).toBe(byResolvers.text);
  });

  test("a cursor from the list itself still pages, and after its last row gives an empty page", async () => {
    const meeting = await db.meeting.findFirstOrThrow({
      where: { participations: { some: {} } },
      select: { slug: true },
      orderBy: { participations: { _count: "desc" } },
    });
    const all = await data(PARTICIPANTS_PAGE_AFTER, { slug: meeting.slug });
    const edges = all.meeting?.participants.edges ?? [];
    expect(edges.length).toBeGreaterThan(1);
    for (const path of ["resolvers", "compiled"] as const) {
      const second = await answer(
        paths[path],
        asText(PARTICIPANTS_PAGE_AFTER, { slug: meeting.slug, after: edges[0]?.cursor }),
      );
      expect(second.body.errors, path).toBeUndefined();
      expect(second.body.data).toEqual({ meeting: { participants: { edges: edges.slice(1) } } });
      const last = await answer(
        paths[path],
        asText(PARTICIPANTS_PAGE_AFTER, { slug: meeting.slug, after: edges.at(-1)?.cursor }),
      );
      expect(last.body).toEqual({ data: { meeting: { participants: { edges: [] } } } });
    }
  });
});

describe("an `or` of many values of one field", () => {
  const statements: { text: string; values: unknown[] }[] = [];
  db.$on("query", (event) => {
    statements.push({ text: event.query, values: JSON.parse(event.params) });
  });
  onCompiledStatement((statement) => {
    statements.push(statement);
  });
  /** The statements one request sent that read commitments, and its answer. */
  async function commitmentsMatching(filter: object, path: "resolvers" | "compiled") {
    const from = statements.length;
    const { body } = await answer(paths[path], asText(COMMITMENTS_MATCHING, { filter }));
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    const { commitments } = body.data as { commitments: { totalCount: number; edges: { node: { id: string } }[] } };
    const sent = statements.slice(from).filter((statement) => /"commitment"/.test(statement.text));
    return { totalCount: commitments.totalCount, ids: commitments.edges.map((edge) => edge.node.id), sent };
  }
  const partyScans = (text: string) => text.match(/"commitment_party"/g)?.length ?? 0;

  test("twenty makers are one condition: the statements of one maker, and the union of each one's answer", async () => {
    // Every country of the seed by ISO code, then organizations and people by slug: twenty parties.
    const countries = await db.country.findMany({ select: { slug: true }, orderBy: { slug: "asc" } });
    const people = await db.person.findMany({
      where: { commitmentParties: { some: { role: "MAKER" } } },
      select: { slug: true },
      orderBy: { slug: "asc" },
      take: 5,
    });
    const organizations = await db.organization.findMany({
      select: { slug: true },
      orderBy: { slug: "asc" },
      take: 20 - countries.length - people.length,
    });
    const codes = [
      ...countries.map((country) => country.slug.toUpperCase()),
      ...[...organizations, ...people].map((r) => r.slug),
    ];
    expect(codes).toHaveLength(20);
    const expected = new Set<string>();
    for (const code of codes) {
      const one = await commitmentsMatching({ maker: code }, "resolvers");
      expect(one.totalCount).toBe(one.ids.length); // every match is on the page, so the union is complete
      for (const id of one.ids) expected.add(id);
    }
    expect(expected.size).toBeGreaterThan(1);
    const single = await commitmentsMatching({ maker: codes[0] }, "resolvers");
    const filter = { or: codes.map((code) => ({ maker: code })) };
    for (const path of ["resolvers", "compiled"] as const) {
      const many = await commitmentsMatching(filter, path);
      expect(new Set(many.ids), path).toEqual(expected);
      expect(many.totalCount, path).toBe(expected.size);
      const alone = path === "resolvers" ? single : await commitmentsMatching({ maker: codes[0] }, path);
      expect(many.sent.length, path).toBe(alone.sent.length);
      expect(
        many.sent.map((s) => partyScans(s.text)),
        path,
      ).toEqual(alone.sent.map((s) => partyScans(s.text)));
    }
    // The plan reads commitment_party once per statement (it read it twenty times, once per maker).
    const [count] = (await commitmentsMatching(filter, "resolvers")).sent.filter((s) => /COUNT\(\*\)/.test(s.text));
    const plan = await pool.query(`EXPLAIN (FORMAT JSON) ${count?.text}`, count?.values);
    expect(JSON.stringify(plan.rows).match(/"Relation Name":"commitment_party"/g)).toHaveLength(1);
  });

  test("merged and unmerged entries mix, and a merged field still names a bad value", async () => {
    const [first, second] = await db.country.findMany({ select: { slug: true }, orderBy: { slug: "asc" }, take: 2 });
    const meeting = await db.meeting.findFirstOrThrow({ where: { commitments: { some: {} } }, select: { slug: true } });
    const mixed = await commitmentsMatching(
      {
        or: [
          { maker: first?.slug },
          { meeting: meeting.slug },
          { maker: second?.slug },
          { status: { equals: "FULFILLED" } },
        ],
      },
      "resolvers",
    );
    const parts = await Promise.all(
      [
        { maker: first?.slug },
        { meeting: meeting.slug },
        { maker: second?.slug },
        { status: { equals: "FULFILLED" } },
      ].map((filter) => commitmentsMatching(filter, "resolvers")),
    );
    const union = new Set(parts.flatMap((part) => part.ids));
    expect(mixed.totalCount).toBe(new Set(parts.flatMap((part) => part.ids)).size);
    expect(new Set(mixed.ids)).toEqual(union);
    const bad = await execute(COMMITMENTS_COUNT, {
      filter: { or: [{ maker: first?.slug }, { maker: "no-such-party" }] },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(bad.errors?.[0]?.message).toMatch(/no-such-party/);
  });
});

describe("nodes(ids:) with unknown ids", () => {
  const globalId = (typename: string, id: string) => Buffer.from(`${typename}:${id}`).toString("base64url");

  test("a hundred unknown ids cost three statements and answer null with NOT_FOUND each", async () => {
    const ids = Array.from({ length: 100 }, () => globalId("Meeting", randomUUID()));
    const result = await execute(NODES, { ids });
    // The batch that finds some missing, the batch again without failing on them, the merge redirects.
    expect(result.sql).toBe(3);
    expect(result.data?.nodes).toEqual(ids.map(() => null));
    expect(result.errors).toHaveLength(100);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(ids.map(() => "NOT_FOUND"));
    expect(result.errors?.[7]).toMatchObject({ message: `Meeting with id "${ids[7]}" not found`, path: ["nodes", 7] });
  });

  test("known, unknown and merged-away ids of two types together: each in its place, one statement per type", async () => {
    const [meeting, person, survivor] = await Promise.all([
      db.meeting.findFirstOrThrow({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
      db.person.findFirstOrThrow({ select: { id: true, slug: true }, orderBy: { slug: "asc" } }),
      db.person.findFirstOrThrow({ select: { id: true, slug: true }, orderBy: { slug: "desc" } }),
    ]);
    const mergedAway = randomUUID();
    await db.redirect.create({ data: { oldId: mergedAway, model: "Person", newId: survivor.id } });
    const unknown = Array.from({ length: 40 }, (_, i) => globalId(i % 2 ? "Meeting" : "Person", randomUUID()));
    const ids = [
      globalId("Meeting", meeting.id),
      ...unknown.slice(0, 20),
      globalId("Person", mergedAway),
      globalId("Person", person.id),
      ...unknown.slice(20),
    ];
    const result = await execute(NODES, { ids });
    // A batch per type (they find some missing), the two types again, the redirects, the survivor.
    expect(result.sql).toBe(6);
    expect(result.data?.nodes.map((node) => (node && "slug" in node ? node.slug : null) ?? null)).toEqual([
      meeting.slug,
      ...unknown.slice(0, 20).map(() => null),
      survivor.slug,
      person.slug,
      ...unknown.slice(20).map(() => null),
    ]);
    expect(result.errors).toHaveLength(40);
    const known = await execute(NODES, { ids: [globalId("Meeting", meeting.id), globalId("Person", person.id)] });
    expect(known.errors).toBeUndefined();
    expect(known.sql).toBeLessThanOrEqual(2);
  });
});

describe("errors do not echo unbounded client input", () => {
  // Strings over 500 characters are refused before execution (src/schema/input-limits.ts); what
  // reaches a list is at most that long, and its error quotes the start of it.

  test.each([
    ["a root list", ROOT as Typed<unknown, { after?: string | null }>],
    ["a list inside a record", NESTED],
  ])("a malformed cursor on %s: BAD_USER_INPUT quoting its start", async (_where, query) => {
    for (const after of ["x".repeat(499), `${"A".repeat(498)}=`, "not a cursor"]) {
      const result = await execute(query, { after });
      expect(result.errors?.length).toBeGreaterThan(0);
      for (const error of result.errors ?? []) {
        expect(error.extensions?.code).toBe("BAD_USER_INPUT");
        expect(error.message).toMatch(
          /^Invalid cursor: x{80}… \(499 characters\)$|^Invalid cursor: A{80}… \(499 characters\)$|^Invalid cursor: not a cursor$/,
        );
        expect(error.message).toContain(after.slice(0, 40));
        expect(error.message.length).toBeLessThan(200);
      }
    }
  });

  test.each([
    ["a root list", ROOT as Typed<unknown, { after?: string | null }>],
    ["a list inside a record", NESTED],
  ])("a plugin cursor naming no uuid on %s is refused before any SQL, its text cut short", async (_where, query) => {
    for (const id of ["0".repeat(360), "not-a-uuid", "00000000-0000-4000-8000-00000000000g"]) {
      const after = Buffer.from(`GPC:S:${id}`).toString("base64");
      const result = await execute(query, { after });
      expect(result.errors, id).toHaveLength(1);
      const [error] = result.errors ?? [];
      expect(error?.extensions).toMatchObject({ code: "BAD_USER_INPUT", limit: "cursor" });
      expect(error?.message).toMatch(
        /^Input at meetings\.(edges\.node\.participants\.)?after is not a cursor of any list/,
      );
      expect(error?.message).toContain(after.slice(0, 40));
      expect(error?.message.length).toBeLessThan(250);
      expect(result.sql).toBe(0);
    }
  });

  test("a value graphql-js quotes whole in its message is cut short", async () => {
    const huge = "9".repeat(200_000);
    const result = await executeText(`{ meetings(first: ${huge}) { totalCount } }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.message).toMatch(/^Int cannot represent non 32-bit signed integer value: 9{100}/);
    expect(result.errors?.[0]?.message).toMatch(/… \(message cut at 1000 characters\)$/);
    expect(JSON.stringify(result).length).toBeLessThan(2_000);
  });

  test("a 1 MB cursor never reaches a list", async () => {
    const result = await execute(ROOT, { after: "A".repeat(1_000_000) });
    expect(result.errors).toHaveLength(1);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(result).length).toBeLessThan(1_000);
    expect(result.sql).toBe(0);
  });
});
