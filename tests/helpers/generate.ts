// Edge-case data for the query tests, written straight through the Prisma client. Every fact
// needs a citation, and the database checks that a citation's quote is the document body at
// its offsets, so each generated document hands out citations of its own numbered words.
import { randomUUID } from "node:crypto";
import type { DatePrecision } from "../../src/generated/prisma/enums.js";
import { db } from "../../src/infra/db.js";
import { encodeGlobalId } from "../../src/schema/global-id.js";

const WORDS = 2000;
const WORD_WIDTH = 6; // "w00042"
const wordAt = (index: number) => `w${String(index).padStart(WORD_WIDTH - 1, "0")}`;

export interface GeneratedSource {
  documentId: string;
  /** A new citation of the next unused word of the body; returns its id. */
  cite(): Promise<string>;
}

/** A source document whose body is WORDS numbered words, and a citation factory over it. */
export async function createSource(slug: string): Promise<GeneratedSource> {
  const body = Array.from({ length: WORDS }, (_, i) => wordAt(i)).join(" ");
  const document = await db.sourceDocument.create({
    data: { slug, title: `Generated source ${slug}`, publisher: "Accord tests", body },
  });
  let next = 0;
  return {
    documentId: document.id,
    async cite() {
      const index = next++;
      if (index >= WORDS) throw new Error(`generated source ${slug} has no words left to cite`);
      const startOffset = index * (WORD_WIDTH + 1);
      const endOffset = startOffset + WORD_WIDTH;
      const quote = body.slice(startOffset, endOffset);
      const citation = await db.citation.create({ data: { documentId: document.id, startOffset, endOffset, quote } });
      return citation.id;
    },
  };
}

/** A date column pair from "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export function partialDate(value: string): { date: Date; precision: DatePrecision } {
  const [year, month, day] = value.split("-").map(Number);
  const precision: DatePrecision = day ? "DAY" : month ? "MONTH" : "YEAR";
  return { date: new Date(Date.UTC(year as number, (month ?? 1) - 1, day ?? 1)), precision };
}

/** The global id the API gives a record (base64url of "Typename:uuid"). */
export const globalId = (typename: string, id: string) => encodeGlobalId(typename, id);

export const uuid = () => randomUUID();
