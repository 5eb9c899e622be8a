// The excerpts a dataset's facts cite: each quote is located in its document's body and stored
// once as a citation, however many facts cite it. The cited documents' dates are what relative
// deadlines ("by next year") are read against.
import type { Transaction } from "../../infra/db.js";
import { type DueReference, documentReference } from "../commitment/due-wording.js";
import type { Citation as CitationRef, Dataset } from "./dataset.format.js";
import type { TableSummary } from "./dataset.links.js";
import type { DatasetIds } from "./dataset.references.js";
import type { DatasetProblem } from "./dataset.validation.js";
import { type Located, locateQuote } from "./quotes.js";

/** The documents the dataset's facts cite, by slug: their stored body, and their date for deadlines. */
export interface CitedDocuments {
  bodies: Map<string, { id: string; body: string }>;
  references: Map<string, DueReference | undefined>;
}

export async function loadCitedDocuments(tx: Transaction, dataset: Dataset, ids: DatasetIds): Promise<CitedDocuments> {
  const slugs = new Set<string>();
  for (const fact of citedFacts(dataset)) slugs.add(fact.cite.document);
  const documents = await tx.sourceDocument.findMany({
    where: { id: { in: [...slugs].map((slug) => ids.id("document", slug)) } },
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
  const cited: CitedDocuments = { bodies: new Map(), references: new Map() };
  for (const document of documents) {
    cited.bodies.set(document.slug, document);
    cited.references.set(document.slug, documentReference(document));
  }
  return cited;
}

function* citedFacts(dataset: Dataset): Generator<{ path: string; cite: CitationRef }> {
  for (const [i, p] of dataset.positions.entries()) yield { path: `positions[${i}] "${p.slug}".cite`, cite: p.cite };
  for (const [i, m] of dataset.meetings.entries()) {
    yield { path: `meetings[${i}] "${m.slug}".cite`, cite: m.cite };
    for (const [j, p] of m.participants.entries())
      yield { path: `meetings[${i}] "${m.slug}".participants[${j}].cite`, cite: p.cite };
  }
  for (const [i, c] of dataset.commitments.entries())
    yield { path: `commitments[${i}] "${c.slug}".cite`, cite: c.cite };
}

/**
 * Locates every quote in its document and stores it as a citation; returns each fact's citation id.
 * A quote that cannot be located is a problem, and then nothing is written.
 */
export async function writeCitations(
  tx: Transaction,
  dataset: Dataset,
  documents: CitedDocuments,
  problems: DatasetProblem[],
): Promise<{ citations: Map<CitationRef, string>; counts: TableSummary }> {
  const located = new Map<CitationRef, Located & { documentId: string }>();
  for (const { path, cite } of citedFacts(dataset)) {
    const document = documents.bodies.get(cite.document);
    if (!document) continue; // reported by resolveReferences
    const result = locateQuote(document.body, cite.quote, cite.occurrence);
    if ("problem" in result)
      problems.push({ path: `${path}.quote`, message: `${result.problem} in document "${cite.document}"` });
    else located.set(cite, { ...result, documentId: document.id });
  }
  if (problems.length) return { citations: new Map(), counts: { created: 0, updated: 0, unchanged: 0 } };
  // Several facts may cite the same excerpt; each excerpt is stored once.
  const rows = [...new Map([...located.values()].map((l) => [`${l.documentId}:${l.start}:${l.end}`, l])).values()].map(
    ({ documentId, start, end, quote }) => ({ documentId, startOffset: start, endOffset: end, quote }),
  );
  const created = await tx.citation.createMany({ data: rows, skipDuplicates: true });
  const counts = { created: created.count, updated: 0, unchanged: rows.length - created.count };
  const stored = await tx.citation.findMany({
    where: { OR: rows.map(({ documentId, startOffset, endOffset }) => ({ documentId, startOffset, endOffset })) },
    select: { id: true, documentId: true, startOffset: true, endOffset: true },
  });
  const idByPlace = new Map(stored.map((c) => [`${c.documentId}:${c.startOffset}:${c.endOffset}`, c.id]));
  const citations = new Map(
    [...located].map(([cite, place]) => [
      cite,
      idByPlace.get(`${place.documentId}:${place.start}:${place.end}`) as string,
    ]),
  );
  return { citations, counts };
}
