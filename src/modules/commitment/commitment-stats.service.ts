// Commitment counts grouped by any mix of kind, status, maker or addressee country, month and
// topic, over the same where clause as the `commitments` connection.

import { Prisma } from "../../generated/prisma/client.js";
import type { CommitmentKind, CommitmentStatus } from "../../generated/prisma/enums.js";
import { db } from "../../infra/db.js";

export const STAT_DIMENSIONS = ["KIND", "STATUS", "MAKER_COUNTRY", "ADDRESSEE_COUNTRY", "MONTH", "TOPIC"] as const;
export type StatDimension = (typeof STAT_DIMENSIONS)[number];

export interface StatGroup {
  kind: CommitmentKind | null;
  status: CommitmentStatus | null;
  makerCountryId: string | null;
  /** Set instead of the country for makers that have none: international organizations and their officials. */
  makerOrganizationId: string | null;
  addresseeCountryId: string | null;
  addresseeOrganizationId: string | null;
  month: string | null;
  topicId: string | null;
  /** Commitments in the group. */
  count: number;
  /** Of those, how many are also counted in another group (a joint commitment of two countries, say). */
  sharedCount: number;
}

/** A party's country: the country itself, or the country of the person or organization. */
const partyCountry = (alias: string) =>
  `COALESCE(${alias}.country_id, ${alias}_person.country_id, ${alias}_org.country_id)`;

/**
 * For a party with no country, the international organization it stands for: an organization's
 * topmost parent (the United Nations for a UN body), or for a person the organization without a
 * country they held their latest position in (the United Nations for its Secretary-General).
 */
const partyOrganization = (alias: string) =>
  `CASE WHEN ${partyCountry(alias)} IS NULL THEN COALESCE(${alias}_org.ancestor_ids[1], ${alias}_org.id, ${alias}_office.id) END`;

const partyJoin = (alias: string, role: string) =>
  Prisma.raw(`LEFT JOIN commitment_party ${alias} ON ${alias}.commitment_id = c.id AND ${alias}.role = '${role}'
    LEFT JOIN person ${alias}_person ON ${alias}_person.id = ${alias}.person_id
    LEFT JOIN organization ${alias}_org ON ${alias}_org.id = ${alias}.organization_id
    LEFT JOIN LATERAL (
      SELECT COALESCE(o.ancestor_ids[1], o.id) AS id FROM position p JOIN organization o ON o.id = p.organization_id
      WHERE p.person_id = ${alias}.person_id AND o.country_id IS NULL
      ORDER BY p.start_date DESC NULLS LAST, p.id LIMIT 1
    ) ${alias}_office ON ${alias}_person.country_id IS NULL`);

const partyColumns = (alias: "maker" | "addressee") =>
  Prisma.raw(`${partyCountry(alias)} AS "${alias}CountryId", ${partyOrganization(alias)} AS "${alias}OrganizationId"`);

type GroupColumn = Exclude<keyof StatGroup, "count" | "sharedCount">;

const DIMENSIONS: Record<StatDimension, { columns: GroupColumn[]; select: Prisma.Sql; join?: Prisma.Sql }> = {
  KIND: { columns: ["kind"], select: Prisma.sql`c.kind::text AS "kind"` },
  STATUS: { columns: ["status"], select: Prisma.sql`c.status::text AS "status"` },
  MAKER_COUNTRY: {
    columns: ["makerCountryId", "makerOrganizationId"],
    select: partyColumns("maker"),
    join: partyJoin("maker", "MAKER"),
  },
  ADDRESSEE_COUNTRY: {
    columns: ["addresseeCountryId", "addresseeOrganizationId"],
    select: partyColumns("addressee"),
    join: partyJoin("addressee", "ADDRESSEE"),
  },
  // A commitment's month is its meeting's, when that is known to the month.
  MONTH: {
    columns: ["month"],
    select: Prisma.sql`CASE WHEN m.date_precision IN ('DAY', 'MONTH') THEN to_char(m.date, 'YYYY-MM') END AS "month"`,
    join: Prisma.sql`LEFT JOIN meeting m ON m.id = c.meeting_id`,
  },
  TOPIC: { columns: ["topicId"], select: Prisma.sql`c.topic_id AS "topicId"` },
};

/**
 * Counts distinct commitments per group. A commitment with makers from two countries counts
 * once in each country's group, so group counts can add up to more than `total`; `sharedCount`
 * says how many of a group's commitments are counted elsewhere too.
 */
export async function commitmentStats({
  where,
  groupBy,
}: {
  where: Prisma.CommitmentWhereInput | undefined;
  groupBy: readonly StatDimension[];
}) {
  const matching = await db.commitment.findMany({ where, select: { id: true } });
  const ids = matching.map((c) => c.id);
  const dimensions = [...new Set(groupBy)];
  if (dimensions.length === 0)
    return { total: ids.length, groups: [{ ...emptyGroup(), count: ids.length, sharedCount: 0 }] };

  const columns = Prisma.join(
    dimensions.flatMap((d) => DIMENSIONS[d].columns.map((column) => Prisma.raw(`"${column}"`))),
  );
  const joins = dimensions.flatMap((d) => DIMENSIONS[d].join ?? []);
  const rows = await db.$queryRaw<Array<Partial<StatGroup> & { count: number; sharedCount: number }>>`
    WITH membership AS (
      SELECT DISTINCT c.id, ${Prisma.join(dimensions.map((d) => DIMENSIONS[d].select))}
      FROM commitment c ${joins.length ? Prisma.join(joins, " ") : Prisma.empty}
      WHERE c.id = ANY(${ids}::uuid[])
    ), marked AS (
      SELECT *, count(*) OVER (PARTITION BY id) > 1 AS shared FROM membership
    )
    SELECT ${columns}, count(*)::int AS count, (count(*) FILTER (WHERE shared))::int AS "sharedCount"
    FROM marked
    GROUP BY ${columns}
    ORDER BY count DESC, ${Prisma.join(dimensions.flatMap((d) => DIMENSIONS[d].columns.map((column) => Prisma.raw(`"${column}" NULLS LAST`))))}`;
  return { total: ids.length, groups: rows.map((row) => ({ ...emptyGroup(), ...row })) };
}

function emptyGroup(): Omit<StatGroup, "count" | "sharedCount"> {
  return {
    kind: null,
    status: null,
    makerCountryId: null,
    makerOrganizationId: null,
    addresseeCountryId: null,
    addresseeOrganizationId: null,
    month: null,
    topicId: null,
  };
}
