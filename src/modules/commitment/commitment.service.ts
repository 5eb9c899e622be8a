// Writes to commitments. Status changes go through updateCommitmentStatus and are appended to
// the history by the database (see the writes_and_auth migration).
import { z } from "zod";
import { CommitmentKind, CommitmentStatus, type PartyRole } from "../../generated/prisma/enums.js";
import type { Transaction } from "../../infra/db.js";
import type { Context } from "../../server/context.js";
import { citationAt } from "../document/citation.service.js";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors.js";
import { PARTY_TYPES } from "../shared/filters.js";
import {
  citationReferenceSchema,
  partialDateSchema,
  slugSchema,
  textSchema,
  versionSchema,
} from "../shared/input-schemas.js";
import { parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";
import { documentReference, dueColumns } from "./due-wording.js";

const dueSchema = z
  .object({ date: partialDateSchema.nullish(), text: textSchema.nullish(), asSoonAsPossible: z.boolean().nullish() })
  .refine((due) => due.date || due.text || due.asSoonAsPossible, {
    message: "give a date, words such as 'as soon as possible', or both",
  });

/** A maker or addressee: a person, organization or country, by uuid. */
const partySchema = z.object({ typename: z.enum(PARTY_TYPES), id: z.string().uuid() });

// Records are named by uuid: the schema layer has decoded global ids, slugs and ISO codes.
const createSchema = z.object({
  slug: slugSchema,
  kind: z.nativeEnum(CommitmentKind),
  statement: textSchema,
  status: z.nativeEnum(CommitmentStatus),
  meeting: z.string().uuid().nullish(),
  topic: z.string().uuid().nullish(),
  respondsTo: z.string().uuid().nullish(),
  due: dueSchema.nullish(),
  makers: z.array(partySchema).min(1, "a commitment needs at least one maker"),
  addressees: z
    .array(partySchema)
    .nullish()
    .transform((list) => list ?? []),
  inferred: z.boolean().nullish(),
  citation: citationReferenceSchema,
});

const updateSchema = z.object({
  id: z.string().uuid(),
  expectedVersion: versionSchema,
  kind: z.nativeEnum(CommitmentKind).nullish(),
  statement: textSchema.nullish(),
  topic: z.string().uuid().nullish(),
  respondsTo: z.string().uuid().nullish(),
  due: dueSchema.nullish(),
  makers: z.array(partySchema).min(1, "a commitment needs at least one maker").nullish(),
  addressees: z.array(partySchema).nullish(),
});

const statusSchema = z.object({
  commitmentId: z.string().uuid(),
  status: z.nativeEnum(CommitmentStatus),
  note: z.string().nullish(),
  citation: citationReferenceSchema.nullish(),
  expectedVersion: versionSchema.nullish(),
});

export type CreateCommitmentInput = z.input<typeof createSchema>;
export type UpdateCommitmentInput = z.input<typeof updateSchema>;
export type UpdateCommitmentStatusInput = z.input<typeof statusSchema>;

const PARTY_COLUMNS = { Person: "personId", Organization: "organizationId", Country: "countryId" } as const;

/** Makers or addressees, in order. */
async function writeParties(
  tx: Transaction,
  commitmentId: string,
  role: PartyRole,
  parties: z.infer<typeof partySchema>[],
) {
  await tx.commitmentParty.deleteMany({ where: { commitmentId, role } });
  await tx.commitmentParty.createMany({
    data: parties.map((party, position) => ({
      commitmentId,
      role,
      position,
      [PARTY_COLUMNS[party.typename]]: party.id,
    })),
  });
}

function respondsToOther(respondsTo: string | null | undefined, self?: string): string | null | undefined {
  if (respondsTo != null && respondsTo === self)
    throw new ValidationError([{ path: ["input", "respondsTo"], message: "a commitment cannot respond to itself" }]);
  return respondsTo;
}

/** The due columns, relative words read against the date of the cited document; undefined leaves them unchanged. */
async function dueColumnsCiting(
  tx: Transaction,
  due: z.infer<typeof dueSchema> | null | undefined,
  citationId: () => Promise<string>,
) {
  if (due === undefined) return {};
  const citation = due?.text
    ? await tx.citation.findUnique({ where: { id: await citationId() }, select: { document: true } })
    : null;
  return dueColumns(due, citation ? documentReference(citation.document) : undefined);
}

export function createCommitment<T>(ctx: Context, input: CreateCommitmentInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(createSchema, input);
  return write(ctx, { operation: "createCommitment", input, ...request }, async (tx) => {
    await tx.$executeRaw`SELECT set_config('accord.note', 'recorded', true)`;
    const citationId = await citationAt(tx, data.citation, ["input", "citation"]);
    const commitment = await tx.commitment.create({
      data: {
        slug: data.slug,
        kind: data.kind,
        statement: data.statement,
        status: data.status,
        meetingId: data.meeting ?? null,
        topicId: data.topic ?? null,
        respondsToId: data.respondsTo ?? null,
        ...(await dueColumnsCiting(tx, data.due, async () => citationId)),
        basis: data.inferred ? "INFERRED" : "STATED",
        citationId,
      },
    });
    await writeParties(tx, commitment.id, "MAKER", data.makers);
    await writeParties(tx, commitment.id, "ADDRESSEE", data.addressees);
    return commitment.id;
  });
}

export function updateCommitment<T>(ctx: Context, input: UpdateCommitmentInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(updateSchema, input);
  const { id, topic: topicId } = data;
  const respondsToId = respondsToOther(data.respondsTo, id);
  return write(ctx, { operation: "updateCommitment", input, ...request }, async (tx) => {
    const due = await dueColumnsCiting(
      tx,
      data.due,
      async () => (await tx.commitment.findUniqueOrThrow({ where: { id }, select: { citationId: true } })).citationId,
    );
    await updateAtVersion(
      "Commitment",
      id,
      data.expectedVersion,
      () =>
        tx.commitment.updateMany({
          where: { id, version: data.expectedVersion },
          data: {
            ...(data.kind != null && { kind: data.kind }),
            ...(data.statement != null && { statement: data.statement }),
            ...(topicId !== undefined && { topicId }),
            ...(respondsToId !== undefined && { respondsToId }),
            ...due,
            version: { increment: 1 },
          },
        }),
      () => tx.commitment.findUnique({ where: { id }, select: { version: true } }),
    );
    if (data.makers) await writeParties(tx, id, "MAKER", data.makers);
    if (data.addressees) await writeParties(tx, id, "ADDRESSEE", data.addressees);
    return id;
  });
}

/**
 * Changes the status; the database appends the change (who, when, old, new, note, evidence) to
 * the history. Concurrent changes queue on the row lock, so each records the status it replaced.
 */
export function updateCommitmentStatus<T>(
  ctx: Context,
  input: UpdateCommitmentStatusInput,
  request: WriteRequest<T>,
): Promise<T> {
  const data = parseInput(statusSchema, input);
  const id = data.commitmentId;
  return write(ctx, { operation: "updateCommitmentStatus", input, ...request }, async (tx) => {
    const citationId = data.citation ? await citationAt(tx, data.citation, ["input", "citation"]) : "";
    await tx.$executeRaw`SELECT set_config('accord.note', ${data.note ?? ""}, true), set_config('accord.citation', ${citationId}, true)`;
    const [row] = await tx.$queryRaw<
      { version: number; status: CommitmentStatus }[]
    >`SELECT version, status FROM commitment WHERE id = ${id}::uuid FOR UPDATE`;
    if (!row) throw new NotFoundError("Commitment", id);
    if (data.expectedVersion != null && row.version !== data.expectedVersion) {
      throw new ConflictError(
        `The commitment is at version ${row.version}, not ${data.expectedVersion}: reload it and apply your change again`,
        "expectedVersion",
      );
    }
    if (row.status === data.status)
      throw new ValidationError([{ path: ["input", "status"], message: `the commitment is already ${data.status}` }]);
    await tx.commitment.update({ where: { id }, data: { status: data.status, version: { increment: 1 } } });
    return id;
  });
}

/** Refused while other commitments respond to it. */
export function deleteCommitment<T>(ctx: Context, input: { id: string }, request: WriteRequest<T>): Promise<T> {
  const { id } = input;
  return write(ctx, { operation: "deleteCommitment", input, ...request }, async (tx) => {
    const commitment = await tx.commitment.findUnique({
      where: { id },
      select: { _count: { select: { responses: true } } },
    });
    if (!commitment) throw new NotFoundError("Commitment", id);
    if (commitment._count.responses > 0)
      throw new ConflictError(`The commitment cannot be deleted: ${commitment._count.responses} response(s) answer it`);
    await tx.commitment.delete({ where: { id } });
    return id;
  });
}
