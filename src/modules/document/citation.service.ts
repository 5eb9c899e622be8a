// Citations given in mutation input: the quote must occur verbatim in the cited document.
import type { Transaction } from "../../infra/db.js";
import { locateQuote } from "../dataset/quotes.js";
import { NotFoundError, ValidationError } from "../shared/errors.js";

/** A citation whose document the schema layer has decoded to its uuid. */
export interface CitationAt {
  documentId: string;
  quote: string;
  occurrence?: number | null;
}

/** Stores (or reuses) the excerpt and returns its id; `path` locates the input in errors. */
export async function citationAt(tx: Transaction, input: CitationAt, path: string[]): Promise<string> {
  const { documentId } = input;
  const document = await tx.sourceDocument.findUnique({ where: { id: documentId }, select: { body: true } });
  if (!document) throw new NotFoundError("SourceDocument", documentId);
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
