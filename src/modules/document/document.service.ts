// Writes to source documents. A document's text is fixed once cited (a trigger enforces it).
import { z } from "zod";
import type { Context } from "../../server/context.js";
import { partialDateSchema, slugSchema, textSchema, versionSchema } from "../shared/input-schemas.js";
import { dateColumns, parsePartialDate } from "../shared/partial-date.js";
import { parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";

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

const updateSchema = z.object({
  id: z.string().uuid(),
  expectedVersion: versionSchema,
  title: textSchema.nullish(),
  publisher: textSchema.nullish(),
  url: z.string().url().nullish(),
  published: partialDateSchema.nullish(),
  publishedInferred: z.boolean().nullish(),
  publishedNote: z.string().nullish(),
  note: z.string().nullish(),
  body: z.string().min(1, "must not be empty").nullish(),
});

export type CreateSourceDocumentInput = z.input<typeof createSchema>;
export type UpdateSourceDocumentInput = z.input<typeof updateSchema>;

/** Corrects a document's metadata; its text can change only while nothing cites it (a trigger refuses otherwise). */
export function updateSourceDocument<T>(
  ctx: Context,
  input: UpdateSourceDocumentInput,
  request: WriteRequest<T>,
): Promise<T> {
  const data = parseInput(updateSchema, input);
  const { id } = data;
  return write(ctx, { operation: "updateSourceDocument", input, ...request }, async (tx) => {
    await updateAtVersion(
      "SourceDocument",
      id,
      data.expectedVersion,
      () =>
        tx.sourceDocument.updateMany({
          where: { id, version: data.expectedVersion },
          data: {
            ...(data.title != null && { title: data.title }),
            ...(data.publisher != null && { publisher: data.publisher }),
            ...(data.url !== undefined && { url: data.url }),
            ...dateColumns(data.published, "publishedOn", "publishedPrecision"),
            ...(data.publishedInferred != null && {
              publishedBasis: data.publishedInferred ? ("INFERRED" as const) : ("STATED" as const),
            }),
            ...(data.publishedNote !== undefined && { publishedNote: data.publishedNote }),
            ...(data.note !== undefined && { note: data.note }),
            ...(data.body != null && { body: data.body }),
            version: { increment: 1 },
          },
        }),
      () => tx.sourceDocument.findUnique({ where: { id }, select: { version: true } }),
    );
    return id;
  });
}

export function createSourceDocument<T>(
  ctx: Context,
  input: CreateSourceDocumentInput,
  request: WriteRequest<T>,
): Promise<T> {
  const data = parseInput(createSchema, input);
  const published = data.published ? parsePartialDate(data.published) : undefined;
  return write(ctx, { operation: "createSourceDocument", input, ...request }, async (tx) => {
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
