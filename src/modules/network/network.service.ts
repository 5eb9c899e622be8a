// Graph questions over attendance: who met whom, through which meetings. Each function
// answers for many subjects in one statement, so GraphQL lists of people stay one query.

import type { Commitment, Meeting, Organization, Person } from "../../generated/prisma/client.js";
import { db } from "../../infra/db.js";

interface CounterpartRow {
  subjectId: string;
  counterpartId: string;
  meetingIds: string[];
  meetingCount: number;
}

export interface Counterpart<T> {
  counterpart: T;
  meetings: Meeting[];
  meetingCount: number;
}

/** People each person met across the table (on the other side of a meeting), most meetings first. */
export async function personCounterparts(personIds: readonly string[]): Promise<Counterpart<Person>[][]> {
  const rows = await db.$queryRaw<CounterpartRow[]>`
    SELECT me.person_id AS "subjectId", other.person_id AS "counterpartId",
           array_agg(DISTINCT me.meeting_id) AS "meetingIds", count(DISTINCT me.meeting_id)::int AS "meetingCount"
    FROM participation me
    JOIN participation other ON other.meeting_id = me.meeting_id AND other.side <> me.side
    JOIN person them ON them.id = other.person_id
    WHERE me.person_id = ANY(${personIds as string[]}::uuid[])
    GROUP BY 1, 2, them.name
    ORDER BY "meetingCount" DESC, them.name, "counterpartId"`;
  const people = await db.person.findMany({ where: { id: { in: rows.map((row) => row.counterpartId) } } });
  return groupBySubject(personIds, await withRecords(rows, people));
}

/**
 * Organizations represented across the table from each organization, or from any organization
 * under it; its own subtree is never its counterpart.
 */
export async function organizationCounterparts(
  organizationIds: readonly string[],
): Promise<Counterpart<Organization>[][]> {
  const rows = await db.$queryRaw<CounterpartRow[]>`
    SELECT subject.id AS "subjectId", other.organization_id AS "counterpartId",
           array_agg(DISTINCT mine.meeting_id) AS "meetingIds", count(DISTINCT mine.meeting_id)::int AS "meetingCount"
    FROM organization subject
    JOIN organization member ON member.id = subject.id OR subject.id = ANY(member.ancestor_ids)
    JOIN participation mine ON mine.organization_id = member.id
    JOIN participation other ON other.meeting_id = mine.meeting_id AND other.side <> mine.side
    JOIN organization theirs ON theirs.id = other.organization_id
    WHERE subject.id = ANY(${organizationIds as string[]}::uuid[])
      AND theirs.id <> subject.id AND NOT subject.id = ANY(theirs.ancestor_ids)
    GROUP BY 1, 2, theirs.name
    ORDER BY "meetingCount" DESC, theirs.name, "counterpartId"`;
  const organizations = await db.organization.findMany({ where: { id: { in: rows.map((row) => row.counterpartId) } } });
  return groupBySubject(organizationIds, await withRecords(rows, organizations));
}

/** Attaches the counterpart records and their shared meetings (most recent first), in one query. */
async function withRecords<T extends { id: string }>(
  rows: CounterpartRow[],
  records: T[],
): Promise<Array<Counterpart<T> & { subjectId: string }>> {
  const meetings = await db.meeting.findMany({
    where: { id: { in: [...new Set(rows.flatMap((row) => row.meetingIds))] } },
    orderBy: [{ date: { sort: "desc", nulls: "last" } }, { id: "asc" }],
  });
  const recordById = new Map(records.map((record) => [record.id, record]));
  return rows.map((row) => ({
    subjectId: row.subjectId,
    counterpart: recordById.get(row.counterpartId) as T,
    meetings: meetings.filter((meeting) => row.meetingIds.includes(meeting.id)),
    meetingCount: row.meetingCount,
  }));
}

function groupBySubject<T extends { subjectId: string }>(subjectIds: readonly string[], rows: T[]): T[][] {
  const bySubject = new Map<string, T[]>(subjectIds.map((id) => [id, []]));
  for (const row of rows) bySubject.get(row.subjectId)?.push(row);
  return subjectIds.map((id) => bySubject.get(id) ?? []);
}

export interface ThreadEntry {
  commitment: Commitment;
  depth: number;
}

interface ThreadRow {
  startId: string;
  commitmentId: string;
  depth: number;
}

/**
 * For each commitment, its whole thread: the request at the root and every response below it,
 * depth first, siblings in the order the source reports them.
 */
export async function commitmentThreads(commitmentIds: readonly string[]): Promise<ThreadEntry[][]> {
  const rows = await db.$queryRaw<ThreadRow[]>`
    WITH RECURSIVE up AS (
      SELECT id AS start_id, id, responds_to_id FROM commitment WHERE id = ANY(${commitmentIds as string[]}::uuid[])
      UNION ALL
      SELECT up.start_id, c.id, c.responds_to_id FROM commitment c JOIN up ON c.id = up.responds_to_id
    ), down AS (
      SELECT up.start_id, c.id, 0 AS depth, ARRAY[lpad(cit.start_offset::text, 10, '0') || c.id::text] AS path
      FROM up JOIN commitment c ON c.id = up.id JOIN citation cit ON cit.id = c.citation_id
      WHERE up.responds_to_id IS NULL
      UNION ALL
      SELECT down.start_id, c.id, down.depth + 1, down.path || (lpad(cit.start_offset::text, 10, '0') || c.id::text)
      FROM commitment c JOIN down ON c.responds_to_id = down.id JOIN citation cit ON cit.id = c.citation_id
    )
    SELECT start_id AS "startId", id AS "commitmentId", depth FROM down ORDER BY start_id, path`;
  const commitments = new Map(
    (await db.commitment.findMany({ where: { id: { in: rows.map((row) => row.commitmentId) } } })).map((c) => [
      c.id,
      c,
    ]),
  );
  const entries = rows.map((row) => ({
    subjectId: row.startId,
    depth: row.depth,
    commitment: commitments.get(row.commitmentId) as Commitment,
  }));
  return groupBySubject(commitmentIds, entries);
}
