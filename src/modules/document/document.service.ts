// Writes to source documents. A document's text is fixed once cited (a trigger enforces it).
import { z } from "zod";
import type { Context } from "../../context.js";
import { partialDateSchema, slugSchema, textSchema } from "../shared/input-schemas.js";
import { parsePartialDate } from "../shared/partial-date.js";
import { parseInput, write } from "../shared/write.js";

const createSchema = z.object({
  slug: slugSchema,
  title: textSchema,
  publisher: textSchema,
  url: z.string().url().nullish(),
  published: partialDateSchema.nullish(),
  publishedInferred: z.boolean().nullish(),
  publishedNote: z.string().nullish(),
  language: z.string().min(2).nullish(),
  note: z.string().nullish(),
  body: z.string().min(1, "must not be empty"),
});

export type CreateSourceDocumentInput = z.input<typeof createSchema>;

export function createSourceDocument(ctx: Context, input: CreateSourceDocumentInput, idempotencyKey?: string | null): Promise<string> {
  const data = parseInput(createSchema, input);
  const published = data.published ? parsePartialDate(data.published) : undefined;
  return write(ctx, { operation: "createSourceDocument", idempotencyKey, input }, async (tx) => {
    const document = await tx.sourceDocument.create({
      data: {
        slug: data.slug,
        title: data.title,
        publisher: data.publisher,
        url: data.url ?? null,
        publishedOn: published?.start ?? null,
        publishedPrecision: published?.precision ?? null,
        publishedBasis: data.publishedInferred ? "INFERRED" : "STATED",
        publishedNote: data.publishedNote ?? null,
        language: data.language ?? "en",
        note: data.note ?? null,
        body: data.body,
      },
    });
    return document.id;
  });
}
