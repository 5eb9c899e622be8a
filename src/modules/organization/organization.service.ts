// Writes to organizations.
import { z } from "zod";
import { OrganizationKind } from "../../generated/prisma/enums.js";
import type { Context } from "../../server/context.js";
import { ConflictError, NotFoundError } from "../shared/errors.js";
import { slugSchema, textSchema, versionSchema } from "../shared/input-schemas.js";
import { parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";

const kindSchema = z.nativeEnum(OrganizationKind);

// Records are named by uuid: the schema layer has decoded global ids, slugs and ISO codes.
const createSchema = z.object({
  slug: slugSchema,
  name: textSchema,
  acronym: textSchema.nullish(),
  kind: kindSchema,
  country: z.string().uuid().nullish(),
  parent: z.string().uuid().nullish(),
});

const updateSchema = z.object({
  id: z.string().uuid(),
  expectedVersion: versionSchema,
  name: textSchema.nullish(),
  acronym: textSchema.nullish(),
  kind: kindSchema.nullish(),
  country: z.string().uuid().nullish(),
  parent: z.string().uuid().nullish(),
});

export type CreateOrganizationInput = z.input<typeof createSchema>;
export type UpdateOrganizationInput = z.input<typeof updateSchema>;

export function createOrganization<T>(
  ctx: Context,
  input: CreateOrganizationInput,
  request: WriteRequest<T>,
): Promise<T> {
  const data = parseInput(createSchema, input);
  const parentId = data.parent ?? null;
  const countryId = data.country;
  return write(ctx, { operation: "createOrganization", input, ...request }, async (tx) => {
    const organization = await tx.organization.create({
      data: {
        slug: data.slug,
        name: data.name,
        acronym: data.acronym ?? null,
        kind: data.kind,
        countryId: countryId ?? null,
        parentId,
      },
    });
    return organization.id;
  });
}

/** A new parent moves the whole subtree; placing an organization under its own descendant is refused. */
export function updateOrganization<T>(
  ctx: Context,
  input: UpdateOrganizationInput,
  request: WriteRequest<T>,
): Promise<T> {
  const data = parseInput(updateSchema, input);
  const { id, parent: parentId, country: countryId } = data;
  return write(ctx, { operation: "updateOrganization", input, ...request }, async (tx) => {
    await updateAtVersion(
      "Organization",
      id,
      data.expectedVersion,
      () =>
        tx.organization.updateMany({
          where: { id, version: data.expectedVersion },
          data: {
            ...(data.name != null && { name: data.name }),
            ...(data.acronym !== undefined && { acronym: data.acronym }),
            ...(data.kind != null && { kind: data.kind }),
            ...(countryId !== undefined && { countryId }),
            ...(parentId !== undefined && { parentId }),
            version: { increment: 1 },
          },
        }),
      () => tx.organization.findUnique({ where: { id }, select: { version: true } }),
    );
    return id;
  });
}

export function deleteOrganization<T>(ctx: Context, input: { id: string }, request: WriteRequest<T>): Promise<T> {
  const { id } = input;
  return write(ctx, { operation: "deleteOrganization", input, ...request }, async (tx) => {
    const organization = await tx.organization.findUnique({
      where: { id },
      select: {
        _count: { select: { children: true, positions: true, participations: true, commitmentParties: true } },
      },
    });
    if (!organization) throw new NotFoundError("Organization", id);
    const { children, positions, participations, commitmentParties } = organization._count;
    if (children + positions + participations + commitmentParties > 0) {
      throw new ConflictError(
        `The organization cannot be deleted: ${children} sub-organization(s), ${positions} position(s), ${participations} participation(s) and ${commitmentParties} commitment role(s) depend on it`,
      );
    }
    await tx.organization.delete({ where: { id } });
    return id;
  });
}
