// The slugs a dataset's records refer to: each must be defined in the dataset or already stored.
// They are gathered with the path that names them, looked up once per kind, and kept in
// DatasetIds, which the writers fill further as they create records.
import type { Transaction } from "../../infra/db.js";
import type { Citation as CitationRef, Dataset, Party } from "./dataset.format.js";
import type { DatasetProblem } from "./dataset.validation.js";

export type Kind = "country" | "topic" | "document" | "organization" | "person" | "position" | "meeting" | "commitment";

/** Dataset slugs and the ids they stand for. */
export class DatasetIds {
  private readonly ids = new Map<string, string>();

  set(kind: Kind, slug: string, id: string): void {
    this.ids.set(key(kind, slug), id);
  }

  id(kind: Kind, slug: string): string {
    const id = this.ids.get(key(kind, slug));
    if (!id) throw new Error(`internal: ${kind} "${slug}" was not resolved before use`);
    return id;
  }

  optionalId(kind: Kind, slug: string | undefined): string | null {
    return slug ? this.id(kind, slug) : null;
  }
}

/** Every slug a record refers to must be defined in the dataset or already stored. */
export async function resolveReferences(
  tx: Transaction,
  dataset: Dataset,
  ids: DatasetIds,
  problems: DatasetProblem[],
): Promise<void> {
  const wanted = new Map<Kind, Map<string, string>>();
  const want = (kind: Kind, slug: string | undefined, path: string) => {
    if (!slug) return;
    const paths = wanted.get(kind) ?? new Map<string, string>();
    if (!paths.has(slug)) paths.set(slug, path);
    wanted.set(kind, paths);
  };
  const wantCitation = (cite: CitationRef, path: string) => want("document", cite.document, `${path}.cite.document`);
  const wantParty = (party: Party, path: string) => {
    if ("person" in party) want("person", party.person, `${path}.person`);
    else if ("organization" in party) want("organization", party.organization, `${path}.organization`);
    else want("country", party.country, `${path}.country`);
  };

  dataset.organizations.forEach((o, i) => {
    want("country", o.country, `organizations[${i}] "${o.slug}".country`);
    want("organization", o.parent, `organizations[${i}] "${o.slug}".parent`);
  });
  for (const [i, p] of dataset.people.entries()) want("country", p.country, `people[${i}] "${p.slug}".country`);
  dataset.positions.forEach((p, i) => {
    const path = `positions[${i}] "${p.slug}"`;
    want("person", p.person, `${path}.person`);
    want("organization", p.organization, `${path}.organization`);
    wantCitation(p.cite, path);
  });
  dataset.meetings.forEach((m, i) => {
    const path = `meetings[${i}] "${m.slug}"`;
    want("country", m.placeCountry, `${path}.placeCountry`);
    wantCitation(m.cite, path);
    m.participants.forEach((p, j) => {
      const participantPath = `${path}.participants[${j}]`;
      want("person", p.person, `${participantPath}.person`);
      want("position", p.position, `${participantPath}.position`);
      want("organization", p.organization, `${participantPath}.organization`);
      want("country", p.country, `${participantPath}.country`);
      wantCitation(p.cite, participantPath);
    });
  });
  dataset.commitments.forEach((c, i) => {
    const path = `commitments[${i}] "${c.slug}"`;
    want("meeting", c.meeting, `${path}.meeting`);
    want("topic", c.topic, `${path}.topic`);
    want("commitment", c.respondsTo, `${path}.respondsTo`);
    wantCitation(c.cite, path);
    for (const [j, party] of c.makers.entries()) wantParty(party, `${path}.makers[${j}]`);
    for (const [j, party] of c.addressees.entries()) wantParty(party, `${path}.addressees[${j}]`);
  });

  const defined: Record<Kind, { slug: string }[]> = {
    country: dataset.countries,
    topic: dataset.topics,
    document: dataset.documents,
    organization: dataset.organizations,
    person: dataset.people,
    position: dataset.positions,
    meeting: dataset.meetings,
    commitment: dataset.commitments,
  };
  for (const [kind, records] of Object.entries(defined) as [Kind, { slug: string }[]][]) {
    const seen = new Set<string>();
    records.forEach((record, index) => {
      if (seen.has(record.slug))
        problems.push({
          path: `${tableOf(kind)}[${index}] "${record.slug}".slug`,
          message: `duplicate ${kind} slug`,
        });
      seen.add(record.slug);
    });
    const missing = [...(wanted.get(kind) ?? new Map<string, string>())].filter(([slug]) => !seen.has(slug));
    if (!missing.length) continue;
    const stored = await findStoredSlugs(
      tx,
      kind,
      missing.map(([slug]) => slug),
    );
    for (const [slug, path] of missing) {
      const id = stored.get(slug);
      if (id) ids.set(kind, slug, id);
      else
        problems.push({
          path,
          message: `unknown ${kind} "${slug}": define it in the dataset's ${tableOf(kind)} or load it first`,
        });
    }
  }
}

async function findStoredSlugs(tx: Transaction, kind: Kind, slugs: string[]): Promise<Map<string, string>> {
  const where = { where: { slug: { in: slugs } }, select: { id: true, slug: true } };
  const finders: Record<Kind, () => Promise<{ id: string; slug: string }[]>> = {
    country: () => tx.country.findMany(where),
    topic: () => tx.topic.findMany(where),
    document: () => tx.sourceDocument.findMany(where),
    organization: () => tx.organization.findMany(where),
    person: () => tx.person.findMany(where),
    position: () => tx.position.findMany(where),
    meeting: () => tx.meeting.findMany(where),
    commitment: () => tx.commitment.findMany(where),
  };
  return new Map((await finders[kind]()).map((row) => [row.slug, row.id]));
}

const key = (kind: Kind, slug: string) => `${kind}:${slug}`;

export function tableOf(kind: Kind): string {
  return kind === "person"
    ? "people"
    : kind === "country"
      ? "countries"
      : kind === "document"
        ? "documents"
        : `${kind}s`;
}
