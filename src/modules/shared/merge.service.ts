// Merging duplicates: every relation of the merged record moves to the survivor, duplicates
// that would result are dropped, and the merged record's id and slug keep resolving to the
// survivor through a redirect.

import type { Transaction } from "../../infra/db.js";
import type { Context } from "../../server/context.js";
import { NotFoundError, ValidationError } from "./errors.js";
import { type WriteRequest, write } from "./write.js";

/** The two records by uuid: the schema layer has decoded global ids and slugs. */
export interface MergeInput {
  survivor: string;
  merged: string;
}

function mergeIds(input: MergeInput) {
  const { survivor: survivorId, merged: mergedId } = input;
  if (survivorId === mergedId)
    throw new ValidationError([{ path: ["input", "merged"], message: "a record cannot be merged into itself" }]);
  return { survivorId, mergedId };
}

async function redirect(tx: Transaction, model: string, merged: { id: string; slug: string }, survivorId: string) {
  await tx.redirect.updateMany({ where: { newId: merged.id }, data: { newId: survivorId } });
  // A slug freed by an earlier merge and reused since now leads to this survivor.
  await tx.redirect.updateMany({ where: { model, oldSlug: merged.slug }, data: { oldSlug: null } });
  await tx.redirect.create({ data: { oldId: merged.id, oldSlug: merged.slug, model, newId: survivorId } });
}

export function mergePeople<T>(ctx: Context, input: MergeInput, request: WriteRequest<T>): Promise<T> {
  const { survivorId, mergedId } = mergeIds(input);
  return write(ctx, { operation: "mergePeople", input, ...request }, async (tx) => {
    const [survivor, merged] = await Promise.all([
      tx.person.findUnique({ where: { id: survivorId } }),
      tx.person.findUnique({ where: { id: mergedId } }),
    ]);
    if (!survivor) throw new NotFoundError("Person", survivorId);
    if (!merged) throw new NotFoundError("Person", mergedId);
    // The same person twice at one meeting, or twice in one commitment role, keeps the survivor's row.
    await tx.$executeRaw`DELETE FROM participation p USING participation s
      WHERE p.person_id = ${mergedId}::uuid AND s.person_id = ${survivorId}::uuid AND s.meeting_id = p.meeting_id`;
    await tx.$executeRaw`DELETE FROM commitment_party p USING commitment_party s
      WHERE p.person_id = ${mergedId}::uuid AND s.person_id = ${survivorId}::uuid AND s.commitment_id = p.commitment_id AND s.role = p.role`;
    await tx.participation.updateMany({ where: { personId: mergedId }, data: { personId: survivorId } });
    await tx.position.updateMany({ where: { personId: mergedId }, data: { personId: survivorId } });
    await tx.commitmentParty.updateMany({ where: { personId: mergedId }, data: { personId: survivorId } });
    await tx.person.update({
      where: { id: survivorId },
      data: {
        fullName: survivor.fullName ?? merged.fullName,
        countryId: survivor.countryId ?? merged.countryId,
        version: { increment: 1 },
      },
    });
    await tx.person.delete({ where: { id: mergedId } });
    await redirect(tx, "Person", merged, survivorId);
    return survivorId;
  });
}

export function mergeOrganizations<T>(ctx: Context, input: MergeInput, request: WriteRequest<T>): Promise<T> {
  const { survivorId, mergedId } = mergeIds(input);
  return write(ctx, { operation: "mergeOrganizations", input, ...request }, async (tx) => {
    const [survivor, merged] = await Promise.all([
      tx.organization.findUnique({ where: { id: survivorId } }),
      tx.organization.findUnique({ where: { id: mergedId } }),
    ]);
    if (!survivor) throw new NotFoundError("Organization", survivorId);
    if (!merged) throw new NotFoundError("Organization", mergedId);
    if (survivor.ancestorIds.includes(mergedId)) {
      // The survivor sits under the merged organization: lift it to the merged one's place first.
      await tx.organization.update({ where: { id: survivorId }, data: { parentId: merged.parentId } });
    }
    await tx.$executeRaw`DELETE FROM commitment_party p USING commitment_party s
      WHERE p.organization_id = ${mergedId}::uuid AND s.organization_id = ${survivorId}::uuid AND s.commitment_id = p.commitment_id AND s.role = p.role`;
    await tx.organization.updateMany({ where: { parentId: mergedId }, data: { parentId: survivorId } });
    await tx.participation.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } });
    await tx.position.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } });
    await tx.commitmentParty.updateMany({ where: { organizationId: mergedId }, data: { organizationId: survivorId } });
    await tx.organization.update({
      where: { id: survivorId },
      data: {
        acronym: survivor.acronym ?? merged.acronym,
        countryId: survivor.countryId ?? merged.countryId,
        version: { increment: 1 },
      },
    });
    await tx.organization.delete({ where: { id: mergedId } });
    await redirect(tx, "Organization", merged, survivorId);
    return survivorId;
  });
}
