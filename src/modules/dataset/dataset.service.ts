// Loads a curated dataset (the seed, or an import) into the database: validated first, then
// written in one transaction keyed by slugs, so a bad dataset changes nothing and a second
// run of the same dataset writes nothing. Checks are in dataset.validation.ts, slug lookups in
// dataset.references.ts, citations and link rows in dataset.citations.ts and dataset.links.ts.
import type { Db, Transaction } from "../../infra/db.js";
import { dueColumns } from "../commitment/due-wording.js";
import { ConflictError } from "../shared/errors.js";
import { dateColumns } from "../shared/partial-date.js";
import { type CitedDocuments, loadCitedDocuments, writeCitations } from "./dataset.citations.js";
import type { Dataset } from "./dataset.format.js";
import { sameValue, type TableSummary, writeCommitmentParties, writeParticipations } from "./dataset.links.js";
import { DatasetIds, type Kind, resolveReferences, tableOf } from "./dataset.references.js";
import { DatasetError, type DatasetProblem, type DocumentBodies, orderParentsFirst } from "./dataset.validation.js";

export type { TableSummary } from "./dataset.links.js";
export { DatasetError, type DatasetProblem } from "./dataset.validation.js";
export type ImportSummary = Record<string, TableSummary>;

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

/** Column values as Prisma returns them, compared with what the dataset asks for. */
type Row = { id: string } & Record<string, unknown>;

class DatasetWriter {
  private readonly problems: DatasetProblem[] = [];
  private readonly ids = new DatasetIds();
  private readonly summary: ImportSummary = {};
  /** The cited documents' bodies, and their dates, which relative deadlines ("next year") are read against. */
  private cited: CitedDocuments = { bodies: new Map(), references: new Map() };
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
    await resolveReferences(tx, dataset, this.ids, this.problems);
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
    this.cited = await loadCitedDocuments(tx, dataset, this.ids);
    const { citations, counts } = await writeCitations(tx, dataset, this.cited, this.problems);
    if (!this.problems.length) this.summary.citations = counts;
    this.failOnProblems();

    await this.sync(
      "organization",
      orderParentsFirst(dataset.organizations, (o) => o.parent, "organizations", "parent"),
      (o) => ({
        name: o.name,
        acronym: o.acronym ?? null,
        kind: o.kind,
        countryId: this.ids.optionalId("country", o.country),
        parentId: this.ids.optionalId("organization", o.parent),
      }),
      tx.organization,
    );
    await this.sync(
      "person",
      dataset.people,
      (p) => ({ name: p.name, fullName: p.fullName ?? null, countryId: this.ids.optionalId("country", p.country) }),
      tx.person,
    );
    await this.sync(
      "position",
      dataset.positions,
      (p) => ({
        personId: this.ids.id("person", p.person),
        organizationId: this.ids.id("organization", p.organization),
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
        placeCountryId: this.ids.optionalId("country", m.placeCountry),
        series: m.series ?? null,
        sequenceNumber: m.sequenceNumber ?? null,
        summary: m.summary ?? null,
        basis: m.basis,
        citationId: citations.get(m.cite),
      }),
      tx.meeting,
    );
    this.summary.participations = await writeParticipations(tx, dataset, this.ids, citations);
    await this.sync(
      "commitment",
      orderParentsFirst(dataset.commitments, (c) => c.respondsTo, "commitments", "respondsTo"),
      (c) => ({
        kind: c.kind,
        statement: c.statement,
        status: c.status,
        meetingId: this.ids.optionalId("meeting", c.meeting),
        topicId: this.ids.optionalId("topic", c.topic),
        respondsToId: this.ids.optionalId("commitment", c.respondsTo),
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
          this.cited.references.get(c.cite.document),
        ),
        basis: c.basis,
        citationId: citations.get(c.cite),
      }),
      tx.commitment,
    );
    this.summary.commitmentParties = await writeCommitmentParties(tx, dataset, this.ids);
    if (this.changedSince.length) {
      const named = this.changedSince.slice(0, 10).join(", ");
      throw new ConflictError(
        `${this.changedSince.length} record(s) the dataset would change were modified after unchangedSince (${named}${this.changedSince.length > 10 ? ", …" : ""}): export them again and reapply your changes`,
        "unchangedSince",
      );
    }
    return this.summary;
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
        this.ids.set(kind, record.slug, created.id);
        counts.created++;
        continue;
      }
      this.ids.set(kind, record.slug, row.id);
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

  private failOnProblems(): void {
    if (this.problems.length) throw new DatasetError(this.problems);
  }
}
