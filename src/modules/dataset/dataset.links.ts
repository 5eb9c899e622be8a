// The link rows a dataset writes whole: each meeting's participants and each commitment's
// makers and addressees. The dataset's list is the whole truth for its records.
import type { Transaction } from "../../infra/db.js";
import type { Citation as CitationRef, Dataset, Party } from "./dataset.format.js";
import type { DatasetIds } from "./dataset.references.js";

/** What an import did to one table. */
export interface TableSummary {
  created: number;
  updated: number;
  unchanged: number;
}

/** The dataset's participant list is the whole truth for each of its meetings. */
export async function writeParticipations(
  tx: Transaction,
  dataset: Dataset,
  ids: DatasetIds,
  citations: Map<CitationRef, string>,
): Promise<TableSummary> {
  const counts: TableSummary = { created: 0, updated: 0, unchanged: 0 };
  const meetingIds = dataset.meetings.map((m) => ids.id("meeting", m.slug));
  const existing = await tx.participation.findMany({ where: { meetingId: { in: meetingIds } } });
  const byPlace = new Map(existing.map((p) => [`${p.meetingId}:${p.personId}`, p]));
  const keep = new Set<string>();
  for (const meeting of dataset.meetings) {
    const meetingId = ids.id("meeting", meeting.slug);
    for (const [ordinal, participant] of meeting.participants.entries()) {
      const data = {
        ordinal,
        meetingId,
        personId: ids.id("person", participant.person),
        positionId: ids.optionalId("position", participant.position),
        organizationId: ids.optionalId("organization", participant.organization),
        countryId: ids.optionalId("country", participant.country),
        roleTitle: participant.roleTitle,
        side: participant.side,
        basis: participant.basis,
        organizationBasis: participant.organizationBasis,
        organizationNote: participant.organizationNote ?? null,
        citationId: citations.get(participant.cite) as string,
      };
      const row = byPlace.get(`${data.meetingId}:${data.personId}`);
      if (!row) {
        const created = await tx.participation.create({ data });
        keep.add(created.id);
        counts.created++;
        continue;
      }
      keep.add(row.id);
      const changed = Object.entries(data).some(
        ([column, value]) => !sameValue((row as Record<string, unknown>)[column], value),
      );
      if (!changed) counts.unchanged++;
      else {
        await tx.participation.update({ where: { id: row.id }, data });
        counts.updated++;
      }
    }
  }
  const stale = existing.filter((p) => !keep.has(p.id)).map((p) => p.id);
  if (stale.length) await tx.participation.deleteMany({ where: { id: { in: stale } } });
  return counts;
}

/** Makers and addressees in dataset order; rewritten only for commitments whose parties changed. */
export async function writeCommitmentParties(
  tx: Transaction,
  dataset: Dataset,
  ids: DatasetIds,
): Promise<TableSummary> {
  const counts: TableSummary = { created: 0, updated: 0, unchanged: 0 };
  const commitmentIds = dataset.commitments.map((c) => ids.id("commitment", c.slug));
  const existing = await tx.commitmentParty.findMany({
    where: { commitmentId: { in: commitmentIds } },
    orderBy: [{ role: "asc" }, { position: "asc" }],
  });
  const signature = (p: {
    role: string;
    position: number;
    personId: string | null;
    organizationId: string | null;
    countryId: string | null;
  }) => `${p.role}:${p.position}:${p.personId}:${p.organizationId}:${p.countryId}`;
  for (const commitment of dataset.commitments) {
    const commitmentId = ids.id("commitment", commitment.slug);
    const desired = [
      ...commitment.makers.map((party, position) => ({
        commitmentId,
        role: "MAKER" as const,
        position,
        ...partyColumns(ids, party),
      })),
      ...commitment.addressees.map((party, position) => ({
        commitmentId,
        role: "ADDRESSEE" as const,
        position,
        ...partyColumns(ids, party),
      })),
    ];
    const current = existing.filter((p) => p.commitmentId === commitmentId);
    if (current.map(signature).join("|") === desired.map(signature).join("|")) {
      counts.unchanged += desired.length;
      continue;
    }
    await tx.commitmentParty.deleteMany({ where: { commitmentId } });
    await tx.commitmentParty.createMany({ data: desired });
    counts.created += desired.length;
  }
  return counts;
}

function partyColumns(ids: DatasetIds, party: Party) {
  return {
    personId: "person" in party ? ids.id("person", party.person) : null,
    organizationId: "organization" in party ? ids.id("organization", party.organization) : null,
    countryId: "country" in party ? ids.id("country", party.country) : null,
  };
}

/** A stored column already holds the wanted value (dates compared by time). */
export function sameValue(stored: unknown, wanted: unknown): boolean {
  if (stored instanceof Date || wanted instanceof Date) {
    return stored instanceof Date && wanted instanceof Date && stored.getTime() === wanted.getTime();
  }
  return (stored ?? null) === (wanted ?? null);
}
