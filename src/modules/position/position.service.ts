// Writes to positions held.
import { z } from "zod";
import type { Context } from "../../server/context.js";
import { citationAt } from "../document/citation.service.js";
import { NotFoundError } from "../shared/errors.js";
import {
  citationReferenceSchema,
  partialDateSchema,
  slugSchema,
  textSchema,
  versionSchema,
} from "../shared/input-schemas.js";
import { dateColumns } from "../shared/partial-date.js";
import { parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";

// Records are named by uuid: the schema layer has decoded global ids and slugs.
const createSchema = z.object({
  slug: slugSchema,
  person: z.string().uuid(),
  organization: z.string().uuid(),
  title: textSchema,
  start: partialDateSchema.nullish(),
  end: partialDateSchema.nullish(),
  current: z.boolean(),
  inferred: z.boolean().nullish(),
  note: z.string().nullish(),
  citation: citationReferenceSchema,
});

const updateSchema = z.object({
  id: z.string().uuid(),
  expectedVersion: versionSchema,
  title: textSchema.nullish(),
  start: partialDateSchema.nullish(),
  end: partialDateSchema.nullish(),
  current: z.boolean().nullish(),
  note: z.string().nullish(),
});

export type CreatePositionInput = z.input<typeof createSchema>;
export type UpdatePositionInput = z.input<typeof updateSchema>;

export function createPosition<T>(ctx: Context, input: CreatePositionInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(createSchema, input);
  return write(ctx, { operation: "createPosition", input, ...request }, async (tx) => {
    const citationId = await citationAt(tx, data.citation, ["input", "citation"]);
    const position = await tx.position.create({
      data: {
        slug: data.slug,
        personId: data.person,
        organizationId: data.organization,
        title: data.title,
        ...dateColumns(data.start, "startDate", "startPrecision"),
        ...dateColumns(data.end, "endDate", "endPrecision"),
        current: data.current,
        basis: data.inferred ? "INFERRED" : "STATED",
        note: data.note ?? null,
        citationId,
      },
    });
    return position.id;
  });
}

export function updatePosition<T>(ctx: Context, input: UpdatePositionInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(updateSchema, input);
  const { id } = data;
  return write(ctx, { operation: "updatePosition", input, ...request }, async (tx) => {
    await updateAtVersion(
      "Position",
      id,
      data.expectedVersion,
      () =>
        tx.position.updateMany({
          where: { id, version: data.expectedVersion },
          data: {
            ...(data.title != null && { title: data.title }),
            ...dateColumns(data.start, "startDate", "startPrecision"),
            ...dateColumns(data.end, "endDate", "endPrecision"),
            ...(data.current != null && { current: data.current }),
            ...(data.note !== undefined && { note: data.note }),
            version: { increment: 1 },
          },
        }),
      () => tx.position.findUnique({ where: { id }, select: { version: true } }),
    );
    return id;
  });
}

export function deletePosition<T>(ctx: Context, input: { id: string }, request: WriteRequest<T>): Promise<T> {
  const { id } = input;
  return write(ctx, { operation: "deletePosition", input, ...request }, async (tx) => {
    const { count } = await tx.position.deleteMany({ where: { id } });
    if (count === 0) throw new NotFoundError("Position", id);
    return id;
  });
}
