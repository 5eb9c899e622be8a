// Loads a curated dataset (the seed, or an import) into the database: validated first, then
// written in one transaction keyed by slugs, so a bad dataset changes nothing and a second
// run of the same dataset writes nothing.
import type { ZodIssue } from "zod";
import type { Db, Transaction } from "../../infra/db.js";
import { type DueReference, documentReference, dueColumns } from "../commitment/due-wording.js";
import { ConflictError } from "../shared/errors.js";
import { dateColumns } from "../shared/partial-date.js";
import { type Citation as CitationRef, type Dataset, datasetSchema, type Party } from "./dataset.format.js";
import { type Located, locateQuote } from "./quotes.js";

export interface DatasetProblem {
  /** Where in the dataset, e.g. `meetings[0] "kitazawa-ban".participants[1].person`. */
  path: string;
  message: string;
}

/** A dataset that cannot be loaded; `problems` lists every reason found, not just the first. */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join("\n")}`,
    );
    this.name = "DatasetError";
  }
}

export interface TableSummary {
  created: number;
  updated: number;
  unchanged: number;
}
export type ImportSummary = Record<string, TableSummary>;

/** Validates the shape of a dataset; errors name the record by its slug and the field. */
export function parseDataset(raw: unknown): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new DatasetError(
    parsed.error.issues.map((issue) => ({ path: describePath(raw, issue.path), message: issue.message })),
  );
}

/** `["meetings", 0, "date"]` -> `meetings[0] "kitazawa-ban".date`: the slug says which record. */
export function describePath(raw: unknown, path: ZodIssue["path"]): string {
  let text = "";
  let node: unknown = raw;
  for (const key of path) {
    node = node && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === "number") {
      text += `[${key}]`;
      const slug = node && typeof node === "object" ? (node as { slug?: unknown }).slug : undefined;
      if (typeof slug === "string") text += ` "${slug}"`;
    } else {
      text += text ? `.${key}` : key;
    }
  }
  return text || "(dataset)";
}

/** The text of every document in the dataset, keyed by slug. */
export type DocumentBodies = Map<string, string>;

/** Cuts each document's body out of its source file text, from `from` through `through`. */
export function extractDocumentBodies(
  dataset: Dataset,
  readSource: (file: string) => string | undefined,
): DocumentBodies {
  const problems: DatasetProblem[] = [];
  const bodies: DocumentBodies = new Map();
  dataset.documents.forEach((document, index) => {
    const path = `documents[${index}] "${document.slug}"`;
    const text = readSource(document.file);
    const start = text?.indexOf(document.from) ?? -1;
    const through = text && start >= 0 ? text.indexOf(document.through, start) : -1;
    if (text === undefined)
      problems.push({ path: `${path}.file`, message: `source file "${document.file}" not found` });
    else if (start < 0)
      problems.push({ path: `${path}.from`, message: `"${document.from}" does not occur in ${document.file}` });
    else if (through < 0)
      problems.push({
        path: `${path}.through`,
        message: `"${document.through}" does not occur after "from" in ${document.file}`,
      });
    else bodies.set(document.slug, text.slice(start, through + document.through.length));
  });
  if (problems.length) throw new DatasetError(problems);
  return bodies;
}

/** Writes the dataset in one transaction. Throws DatasetError, leaving the database unchanged. */
export async function importDataset({
  db,
  dataset,
  bodies,
}: {
  db: Db;
  dataset: Dataset;
  bodies: DocumentBodies;
}): Promise<ImportSummary> {
  return db.$transaction((tx) => writeDataset(tx, dataset, bodies), { timeout: IMPORT_TIMEOUT_MS });
}

export const IMPORT_TIMEOUT_MS = 120_000;

/**
 * Writes the dataset in the caller's transaction. With `unchangedSince`, a stored record the
 * dataset would change but that was modified after that moment is a ConflictError naming it,
 * instead of an overwrite of someone else's correction (optimistic concurrency for a whole file).
 */
export function writeDataset(
  tx: Transaction,
  dataset: Dataset,
  bodies: DocumentBodies,
  unchangedSince?: Date,
): Promise<ImportSummary> {
  return new DatasetWriter(tx, dataset, bodies, unchangedSince).run();
}

type Kind = "country" | "topic" | "document" | "organization" | "person" | "position" | "meeting" | "commitment";

/** Column values as Prisma returns them, compared with what the dataset asks for. */
type Row = { id: string } & Record<string, unknown>;

class DatasetWriter {
  private readonly problems: DatasetProblem[] = [];
  private readonly ids = new Map<string, string>();
  private readonly summary: ImportSummary = {};
  private readonly documentBodies = new Map<string, { id: string; body: string }>();
  /** Each cited document's date, which relative deadlines ("next year") are read against. */
  private readonly documentReferences = new Map<string, DueReference | undefined>();
  /** Records changed after `unchangedSince` that the dataset would change again. */
  private readonly changedSince: string[] = [];

  constructor(
    private readonly tx: Transaction,
    private readonly dataset: Dataset,
    private readonly bodies: DocumentBodies,
    private readonly unchangedSince?: Date,
  ) {}

  async run(): Promise<ImportSummary> {
    const { tx, dataset } = this;
    await this.resolveReferences();
    this.failOnProblems();

    await this.sync("country", dataset.countries, (c) => ({ name: c.name }), tx.country);
    await this.sync("topic", dataset.topics, (t) => ({ name: t.name }), tx.topic);
    await this.sync(
      "document",
      dataset.documents,
      (d) => ({
        title: d.title,
        publisher: d.publisher,
        url: d.url ?? null,
        ...dateColumns(d.published?.value ?? null, "publishedOn", "publishedPrecision"),
        publishedBasis: d.published?.basis ?? "STATED",
        publishedNote: d.published?.note ?? null,
        language: d.language,
        note: d.note ?? null,
        body: this.bodies.get(d.slug),
      }),
      tx.sourceDocument,
    );
    await this.loadDocumentBodies();
    const citations = await this.writeCitations();
    this.failOnProblems();

    await this.sync(
      "organization",
      orderParentsFirst(dataset.organizations, (o) => o.parent, "organizations", "parent"),
      (o) => ({
        name: o.name,
        acronym: o.acronym ?? null,
        kind: o.kind,
        countryId: this.optionalId("country", o.country),
        parentId: this.optionalId("organization", o.parent),
      }),
      tx.organization,
    );
    await this.sync(
      "person",
      dataset.people,
      (p) => ({ name: p.name, fullName: p.fullName ?? null, countryId: this.optionalId("country", p.country) }),
      tx.person,
    );
    await this.sync(
      "position",
      dataset.positions,
      (p) => ({
        personId: this.id("person", p.person),
        organizationId: this.id("organization", p.organization),
        title: p.title,
        ...dateColumns(p.start?.value ?? null, "startDate", "startPrecision"),
        ...dateColumns(p.end?.value ?? null, "endDate", "endPrecision"),
        current: p.current,
        basis: p.basis,
        note: p.note ?? null,
        citationId: citations.get(p.cite),
      }),
      tx.position,
    );
    await this.sync(
      "meeting",
      dataset.meetings,
      (m) => ({
        title: m.title,
        kind: m.kind,
        status: m.status,
        statusReason: m.statusReason ?? null,
        ...dateColumns(m.date?.value ?? null, "date", "datePrecision"),
        dateBasis: m.date?.basis ?? "STATED",
        dateNote: m.date?.note ?? null,
        ...dateColumns(m.originalDate?.value ?? null, "originalDate", "originalDatePrecision"),
        originalDateBasis: m.originalDate?.basis ?? "STATED",
        originalDateNote: m.originalDate?.note ?? null,
        place: m.place ?? null,
        placeCountryId: this.optionalId("country", m.placeCountry),
        series: m.series ?? null,
        sequenceNumber: m.sequenceNumber ?? null,
        summary: m.summary ?? null,
        basis: m.basis,
        citationId: citations.get(m.cite),
      }),
      tx.meeting,
    );
    await this.writeParticipations(citations);
    await this.sync(
      "commitment",
      orderParentsFirst(dataset.commitments, (c) => c.respondsTo, "commitments", "respondsTo"),
      (c) => ({
        kind: c.kind,
        statement: c.statement,
        status: c.status,
        meetingId: this.optionalId("meeting", c.meeting),
        topicId: this.optionalId("topic", c.topic),
        respondsToId: this.optionalId("commitment", c.respondsTo),
        ...dueColumns(
          c.due
            ? {
                date: c.due.date?.value,
                dateBasis: c.due.date?.basis,
                dateNote: c.due.date?.note,
                text: c.due.text,
                asSoonAsPossible: c.due.asSoonAsPossible,
              }
            : null,
          this.documentReferences.get(c.cite.document),
        ),
        basis: c.basis,
        citationId: citations.get(c.cite),
      }),
      tx.commitment,
    );
    await this.writeCommitmentParties();
    if (this.changedSince.length) {
      const named = this.changedSince.slice(0, 10).join(", ");
      throw new ConflictError(
        `${this.changedSince.length} record(s) the dataset would change were modified after unchangedSince (${named}${this.changedSince.length > 10 ? ", …" : ""}): export them again and reapply your changes`,
        "unchangedSince",
      );
    }
    return this.summary;
  }

  /** Every slug a record refers to must be defined in the dataset or already stored. */
  private async resolveReferences(): Promise<void> {
    const { dataset } = this;
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
          this.problems.push({
            path: `${tableOf(kind)}[${index}] "${record.slug}".slug`,
            message: `duplicate ${kind} slug`,
          });
        seen.add(record.slug);
      });
      const missing = [...(wanted.get(kind) ?? new Map<string, string>())].filter(([slug]) => !seen.has(slug));
      if (!missing.length) continue;
      const stored = await this.findStoredSlugs(
        kind,
        missing.map(([slug]) => slug),
      );
      for (const [slug, path] of missing) {
        const id = stored.get(slug);
        if (id) this.ids.set(key(kind, slug), id);
        else
          this.problems.push({
            path,
            message: `unknown ${kind} "${slug}": define it in the dataset's ${tableOf(kind)} or load it first`,
          });
      }
    }
  }

  private async findStoredSlugs(kind: Kind, slugs: string[]): Promise<Map<string, string>> {
    const where = { where: { slug: { in: slugs } }, select: { id: true, slug: true } };
    const { tx } = this;
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

  /**
   * Creates the records that are new and updates those that differ, matching on slug. Records
   * come in an order where each one's references are already written.
   */
  private async sync<T extends { slug: string }>(
    kind: Kind,
    records: T[],
    columns: (record: T) => Record<string, unknown>,
    table: {
      findMany(args: { where: { slug: { in: string[] } } }): Promise<Row[]>;
      create(args: { data: never }): Promise<{ id: string }>;
      update(args: { where: { id: string }; data: never }): Promise<{ id: string }>;
    },
  ): Promise<void> {
    const counts: TableSummary = { created: 0, updated: 0, unchanged: 0 };
    this.summary[tableOf(kind)] = counts;
    if (!records.length) return;
    const existing = new Map(
      (await table.findMany({ where: { slug: { in: records.map((r) => r.slug) } } })).map((row) => [
        row.slug as string,
        row,
      ]),
    );
    for (const record of records) {
      const data = columns(record);
      const row = existing.get(record.slug);
      if (!row) {
        const created = await table
          .create({ data: { slug: record.slug, ...data } as never })
          .catch((error: unknown) => {
            throw new DatasetError([
              { path: `${tableOf(kind)} "${record.slug}"`, message: `cannot be stored: ${(error as Error).message}` },
            ]);
          });
        this.ids.set(key(kind, record.slug), created.id);
        counts.created++;
        continue;
      }
      this.ids.set(key(kind, record.slug), row.id);
      const changed = Object.fromEntries(
        Object.entries(data).filter(([column, value]) => !sameValue(row[column], value)),
      );
      if (Object.keys(changed).length === 0) {
        counts.unchanged++;
        continue;
      }
      if (this.unchangedSince && row.updatedAt instanceof Date && row.updatedAt > this.unchangedSince) {
        this.changedSince.push(`${tableOf(kind)} "${record.slug}"`);
        continue;
      }
      await table
        .update({ where: { id: row.id }, data: { ...changed, version: { increment: 1 } } as never })
        .catch((error: unknown) => {
          throw new DatasetError([
            { path: `${tableOf(kind)} "${record.slug}"`, message: `cannot be updated: ${(error as Error).message}` },
          ]);
        });
      counts.updated++;
    }
  }

  private async loadDocumentBodies(): Promise<void> {
    const slugs = new Set<string>();
    for (const fact of this.citedFacts()) slugs.add(fact.cite.document);
    const documents = await this.tx.sourceDocument.findMany({
      where: { id: { in: [...slugs].map((slug) => this.id("document", slug)) } },
      select: {
        id: true,
        slug: true,
        body: true,
        title: true,
        publishedOn: true,
        publishedPrecision: true,
        publishedBasis: true,
      },
    });
    for (const document of documents) {
      this.documentBodies.set(document.slug, document);
      this.documentReferences.set(document.slug, documentReference(document));
    }
  }

  private *citedFacts(): Generator<{ path: string; cite: CitationRef }> {
    const { dataset } = this;
    for (const [i, p] of dataset.positions.entries()) yield { path: `positions[${i}] "${p.slug}".cite`, cite: p.cite };
    for (const [i, m] of dataset.meetings.entries()) {
      yield { path: `meetings[${i}] "${m.slug}".cite`, cite: m.cite };
      for (const [j, p] of m.participants.entries())
        yield { path: `meetings[${i}] "${m.slug}".participants[${j}].cite`, cite: p.cite };
    }
    for (const [i, c] of dataset.commitments.entries())
      yield { path: `commitments[${i}] "${c.slug}".cite`, cite: c.cite };
  }

  /** Locates every quote in its document and stores it as a citation; returns each fact's citation id. */
  private async writeCitations(): Promise<Map<CitationRef, string>> {
    const located = new Map<CitationRef, Located & { documentId: string }>();
    for (const { path, cite } of this.citedFacts()) {
      const document = this.documentBodies.get(cite.document);
      if (!document) continue; // reported by resolveReferences
      const result = locateQuote(document.body, cite.quote, cite.occurrence);
      if ("problem" in result)
        this.problems.push({ path: `${path}.quote`, message: `${result.problem} in document "${cite.document}"` });
      else located.set(cite, { ...result, documentId: document.id });
    }
    if (this.problems.length) return new Map();
    // Several facts may cite the same excerpt; each excerpt is stored once.
    const rows = [
      ...new Map([...located.values()].map((l) => [`${l.documentId}:${l.start}:${l.end}`, l])).values(),
    ].map(({ documentId, start, end, quote }) => ({ documentId, startOffset: start, endOffset: end, quote }));
    const created = await this.tx.citation.createMany({ data: rows, skipDuplicates: true });
    this.summary.citations = { created: created.count, updated: 0, unchanged: rows.length - created.count };
    const stored = await this.tx.citation.findMany({
      where: { OR: rows.map(({ documentId, startOffset, endOffset }) => ({ documentId, startOffset, endOffset })) },
      select: { id: true, documentId: true, startOffset: true, endOffset: true },
    });
    const idByPlace = new Map(stored.map((c) => [`${c.documentId}:${c.startOffset}:${c.endOffset}`, c.id]));
    return new Map(
      [...located].map(([cite, place]) => [
        cite,
        idByPlace.get(`${place.documentId}:${place.start}:${place.end}`) as string,
      ]),
    );
  }

  /** The dataset's participant list is the whole truth for each of its meetings. */
  private async writeParticipations(citations: Map<CitationRef, string>): Promise<void> {
    const counts: TableSummary = { created: 0, updated: 0, unchanged: 0 };
    this.summary.participations = counts;
    const meetingIds = this.dataset.meetings.map((m) => this.id("meeting", m.slug));
    const existing = await this.tx.participation.findMany({ where: { meetingId: { in: meetingIds } } });
    const byPlace = new Map(existing.map((p) => [`${p.meetingId}:${p.personId}`, p]));
    const keep = new Set<string>();
    for (const meeting of this.dataset.meetings) {
      const meetingId = this.id("meeting", meeting.slug);
      for (const [ordinal, participant] of meeting.participants.entries()) {
        const data = {
          ordinal,
          meetingId,
          personId: this.id("person", participant.person),
          positionId: this.optionalId("position", participant.position),
          organizationId: this.optionalId("organization", participant.organization),
          countryId: this.optionalId("country", participant.country),
          roleTitle: participant.roleTitle,
          side: participant.side,
          basis: participant.basis,
          organizationBasis: participant.organizationBasis,
          organizationNote: participant.organizationNote ?? null,
          citationId: citations.get(participant.cite) as string,
        };
        const row = byPlace.get(`${data.meetingId}:${data.personId}`);
        if (!row) {
          const created = await this.tx.participation.create({ data });
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
          await this.tx.participation.update({ where: { id: row.id }, data });
          counts.updated++;
        }
      }
    }
    const stale = existing.filter((p) => !keep.has(p.id)).map((p) => p.id);
    if (stale.length) await this.tx.participation.deleteMany({ where: { id: { in: stale } } });
  }

  /** Makers and addressees in dataset order; rewritten only for commitments whose parties changed. */
  private async writeCommitmentParties(): Promise<void> {
    const counts: TableSummary = { created: 0, updated: 0, unchanged: 0 };
    this.summary.commitmentParties = counts;
    const commitmentIds = this.dataset.commitments.map((c) => this.id("commitment", c.slug));
    const existing = await this.tx.commitmentParty.findMany({
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
    for (const commitment of this.dataset.commitments) {
      const commitmentId = this.id("commitment", commitment.slug);
      const desired = [
        ...commitment.makers.map((party, position) => ({
          commitmentId,
          role: "MAKER" as const,
          position,
          ...this.partyColumns(party),
        })),
        ...commitment.addressees.map((party, position) => ({
          commitmentId,
          role: "ADDRESSEE" as const,
          position,
          ...this.partyColumns(party),
        })),
      ];
      const current = existing.filter((p) => p.commitmentId === commitmentId);
      if (current.map(signature).join("|") === desired.map(signature).join("|")) {
        counts.unchanged += desired.length;
        continue;
      }
      await this.tx.commitmentParty.deleteMany({ where: { commitmentId } });
      await this.tx.commitmentParty.createMany({ data: desired });
      counts.created += desired.length;
    }
  }

  private partyColumns(party: Party) {
    return {
      personId: "person" in party ? this.id("person", party.person) : null,
      organizationId: "organization" in party ? this.id("organization", party.organization) : null,
      countryId: "country" in party ? this.id("country", party.country) : null,
    };
  }

  private id(kind: Kind, slug: string): string {
    const id = this.ids.get(key(kind, slug));
    if (!id) throw new Error(`internal: ${kind} "${slug}" was not resolved before use`);
    return id;
  }

  private optionalId(kind: Kind, slug: string | undefined): string | null {
    return slug ? this.id(kind, slug) : null;
  }

  private failOnProblems(): void {
    if (this.problems.length) throw new DatasetError(this.problems);
  }
}

const key = (kind: Kind, slug: string) => `${kind}:${slug}`;

function tableOf(kind: Kind): string {
  return kind === "person"
    ? "people"
    : kind === "country"
      ? "countries"
      : kind === "document"
        ? "documents"
        : `${kind}s`;
}

function sameValue(stored: unknown, wanted: unknown): boolean {
  if (stored instanceof Date || wanted instanceof Date) {
    return stored instanceof Date && wanted instanceof Date && stored.getTime() === wanted.getTime();
  }
  return (stored ?? null) === (wanted ?? null);
}

/**
 * Orders records so that each comes after the record it refers to within the same list
 * (an organization after its parent, a response after the request it answers).
 */
function orderParentsFirst<T extends { slug: string }>(
  records: T[],
  parentOf: (record: T) => string | undefined,
  table: string,
  field: string,
): T[] {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const indexOf = new Map(records.map((r, index) => [r.slug, index]));
  const ordered: T[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (record: T, chain: string[]) => {
    if (state.get(record.slug) === "done") return;
    if (state.get(record.slug) === "visiting") {
      const start = chain[0] ?? record.slug;
      throw new DatasetError([
        {
          path: `${table}[${indexOf.get(start)}] "${start}".${field}`,
          message: `refers back to itself through ${[...chain, record.slug].join(" -> ")}`,
        },
      ]);
    }
    state.set(record.slug, "visiting");
    const parent = parentOf(record);
    const parentRecord = parent ? bySlug.get(parent) : undefined;
    if (parentRecord) visit(parentRecord, [...chain, record.slug]);
    state.set(record.slug, "done");
    ordered.push(record);
  };
  for (const record of records) visit(record, []);
  return ordered;
}
