// Writes to people. Reads are plain Prisma queries in person.graphql.ts.
import { z } from "zod";
import type { Context } from "../../server/context.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { slugSchema, textSchema, versionSchema } from "../shared/input-schemas.js";
import { parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";

// Records are named by uuid: the schema layer has decoded global ids, slugs and ISO codes.
const createSchema = z.object({
  slug: slugSchema,
  name: textSchema,
  fullName: textSchema.nullish(),
  country: z.string().uuid().nullish(),
});

const updateSchema = z.object({
  id: z.string().uuid(),
  expectedVersion: versionSchema,
  name: textSchema.nullish(),
  fullName: textSchema.nullish(),
  country: z.string().uuid().nullish(),
});

export type CreatePersonInput = z.input<typeof createSchema>;
export type UpdatePersonInput = z.input<typeof updateSchema>;

export function createPerson<T>(ctx: Context, input: CreatePersonInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(createSchema, input);
  return write(ctx, { operation: "createPerson", input, ...request }, async (tx) => {
    const person = await tx.person.create({
      data: { slug: data.slug, name: data.name, fullName: data.fullName ?? null, countryId: data.country ?? null },
    });
    return person.id;
  });
}

export function updatePerson<T>(ctx: Context, input: UpdatePersonInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(updateSchema, input);
  const { id, country: countryId } = data;
  return write(ctx, { operation: "updatePerson", input, ...request }, async (tx) => {
    await updateAtVersion(
      "Person",
      id,
      data.expectedVersion,
      () =>
        tx.person.updateMany({
          where: { id, version: data.expectedVersion },
          data: {
            ...(data.name != null && { name: data.name }),
            ...(data.fullName !== undefined && { fullName: data.fullName }),
            ...(countryId !== undefined && { countryId }),
            version: { increment: 1 },
          },
        }),
      () => tx.person.findUnique({ where: { id }, select: { version: true } }),
    );
    return id;
  });
}

/** Refused while the person attended meetings, held positions or is party to commitments. */
export function deletePerson<T>(ctx: Context, input: { id: string }, request: WriteRequest<T>): Promise<T> {
  const { id } = input;
  return write(ctx, { operation: "deletePerson", input, ...request }, async (tx) => {
    const person = await tx.person.findUnique({
      where: { id },
      select: { _count: { select: { participations: true, positions: true, commitmentParties: true } } },
    });
    if (!person) throw new NotFoundError("Person", id);
    const { participations, positions, commitmentParties } = person._count;
    if (participations + positions + commitmentParties > 0) {
      throw new ConflictError(
        `The person cannot be deleted: ${participations} participation(s), ${positions} position(s) and ${commitmentParties} commitment role(s) depend on it; merge it into another person instead`,
      );
    }
    await tx.person.delete({ where: { id } });
    return id;
  });
}
