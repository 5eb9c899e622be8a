// Citations given in mutation input: the quote must occur verbatim in the cited document.
import type { Transaction } from "../../infra/db.js";
import { locateQuote } from "../dataset/quotes.js";
import { NotFoundError, ValidationError } from "../shared/errors.js";
import { idOf } from "../shared/write.js";

export interface CitationInput {
  document: string;
  quote: string;
  occurrence?: number | null;
}

/** A citation whose document the schema layer has decoded to its uuid. */
export interface CitationAt {
  documentId: string;
  quote: string;
  occurrence?: number | null;
}

/** Stores (or reuses) the excerpt and returns its id; `path` locates the input in errors. */
export async function citationFor(tx: Transaction, input: CitationInput, path: string[]): Promise<string> {
  return citationAt(tx, { ...input, documentId: await documentIdOf(tx, input.document, path) }, path, input.document);
}

/** A document by global id or, for mutations whose input the schema layer does not decode yet, by slug. */
async function documentIdOf(tx: Transaction, document: string, path: string[]): Promise<string> {
  try {
    return idOf(document, "SourceDocument", [...path, "document"]);
  } catch (error) {
    const bySlug = await tx.sourceDocument.findUnique({ where: { slug: document }, select: { id: true } });
    if (!bySlug) throw error;
    return bySlug.id;
  }
}

/** Like citationFor, with the document given by uuid. */
export async function citationAt(
  tx: Transaction,
  input: CitationAt,
  path: string[],
  documentKey = input.documentId,
): Promise<string> {
  const { documentId } = input;
  const document = await tx.sourceDocument.findUnique({ where: { id: documentId }, select: { body: true } });
  if (!document) throw new NotFoundError("SourceDocument", documentKey);
  const located = locateQuote(document.body, input.quote, input.occurrence ?? undefined);
  if ("problem" in located)
    throw new ValidationError([{ path: [...path, "quote"], message: `${located.problem} in the document` }]);
  const place = { documentId, startOffset: located.start, endOffset: located.end };
  const citation = await tx.citation.upsert({
    where: { documentId_startOffset_endOffset: place },
    create: { ...place, quote: located.quote },
    update: {},
    select: { id: true },
  });
  return citation.id;
}
