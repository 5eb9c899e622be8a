// Commitment counts grouped by any mix of kind, status, maker or addressee country, month and
// topic, over the same filter as the `commitments` connection.

import { Prisma } from "../../generated/prisma/client.js";
import type { CommitmentKind, CommitmentStatus } from "../../generated/prisma/enums.js";
import { db } from "../../infra/db.js";
import { type CommitmentFilterInput, commitmentWhere } from "./commitment.filter.js";

export const STAT_DIMENSIONS = ["KIND", "STATUS", "MAKER_COUNTRY", "ADDRESSEE_COUNTRY", "MONTH", "TOPIC"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatGroup {
  kind: CommitmentKind | null;
  status: CommitmentStatus | null;
  makerCountryId: string | null;
  addresseeCountryId: string | null;
  month: string | null;
  topicId: string | null;
  count: number;
}

/** A party's country: the country itself, or the country of the person or organization. */
const partyCountry = (alias: string) => Prisma.raw(`COALESCE(${alias}.country_id, ${alias}_person.country_id, ${alias}_org.country_id)`);
const partyJoin = (alias: string, role: string) =>
  Prisma.raw(`LEFT JOIN commitment_party ${alias} ON ${alias}.commitment_id = c.id AND ${alias}.role = '${role}'
    LEFT JOIN person ${alias}_person ON ${alias}_person.id = ${alias}.person_id
    LEFT JOIN organization ${alias}_org ON ${alias}_org.id = ${alias}.organization_id`);

const COLUMNS: Record<StatDimension, { select: Prisma.Sql; join?: Prisma.Sql }> = {
  KIND: { select: Prisma.sql`c.kind::text` },
  STATUS: { select: Prisma.sql`c.status::text` },
  MAKER_COUNTRY: { select: partyCountry("maker"), join: partyJoin("maker", "MAKER") },
  ADDRESSEE_COUNTRY: { select: partyCountry("addressee"), join: partyJoin("addressee", "ADDRESSEE") },
  // A commitment's month is its meeting's, when that is known to the month.
  MONTH: {
    select: Prisma.sql`CASE WHEN m.date_precision IN ('DAY', 'MONTH') THEN to_char(m.date, 'YYYY-MM') END`,
    join: Prisma.sql`LEFT JOIN meeting m ON m.id = c.meeting_id`,
  },
  TOPIC: { select: Prisma.sql`c.topic_id` },
};

const ALIASES: Record<StatDimension, keyof StatGroup> = {
  KIND: "kind",
  STATUS: "status",
  MAKER_COUNTRY: "makerCountryId",
  ADDRESSEE_COUNTRY: "addresseeCountryId",
  MONTH: "month",
  TOPIC: "topicId",
};

/**
 * Counts distinct commitments per group. A commitment with makers from two countries counts
 * once in each country's group, so group counts can add up to more than `total`.
 */
export async function commitmentStats({ filter, groupBy }: { filter?: CommitmentFilterInput | null; groupBy: readonly StatDimension[] }) {
  const matching = await db.commitment.findMany({ where: commitmentWhere(filter), select: { id: true } });
  const ids = matching.map((c) => c.id);
  const dimensions = [...new Set(groupBy)];
  if (dimensions.length === 0) return { total: ids.length, groups: [{ ...emptyGroup(), count: ids.length }] };

  const selects = dimensions.map((d) => Prisma.sql`${COLUMNS[d].select} AS ${Prisma.raw(`"${ALIASES[d]}"`)}`);
  const joins = dimensions.flatMap((d) => (COLUMNS[d].join ? [COLUMNS[d].join] : []));
  const rows = await db.$queryRaw<Array<Partial<StatGroup> & { count: number }>>`
    SELECT ${Prisma.join(selects)}, count(DISTINCT c.id)::int AS count
    FROM commitment c ${joins.length ? Prisma.join(joins, " ") : Prisma.empty}
    WHERE c.id = ANY(${ids}::uuid[])
    GROUP BY ${Prisma.join(dimensions.map((_, i) => Prisma.raw(String(i + 1))))}
    ORDER BY count DESC, ${Prisma.join(dimensions.map((_, i) => Prisma.raw(`${i + 1} NULLS LAST`)))}`;
  return { total: ids.length, groups: rows.map((row) => ({ ...emptyGroup(), ...row })) };
}

function emptyGroup(): Omit<StatGroup, "count"> {
  return { kind: null, status: null, makerCountryId: null, addresseeCountryId: null, month: null, topicId: null };
}
