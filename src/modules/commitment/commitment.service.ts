// Writes to commitments. Status changes go through updateCommitmentStatus and are appended to
// the history by the database (see the writes_and_auth migration).
import { z } from "zod";
import { CommitmentKind, CommitmentStatus, type PartyRole } from "../../generated/prisma/enums.js";
import type { Transaction } from "../../infra/db.js";
import { decodeGlobalId } from "../../schema/global-id.js";
import type { Context } from "../../server/context.js";
import { citationFor } from "../document/citation.service.js";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors.js";
import { citationSchema, partialDateSchema, slugSchema, textSchema, versionSchema } from "../shared/input-schemas.js";
import { idOf, parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";
import { documentReference, dueColumns } from "./due-wording.js";

const dueSchema = z
  .object({ date: partialDateSchema.nullish(), text: textSchema.nullish(), asSoonAsPossible: z.boolean().nullish() })
  .refine((due) => due.date || due.text || due.asSoonAsPossible, {
    message: "give a date, words such as 'as soon as possible', or both",
  });

const createSchema = z.object({
  slug: slugSchema,
  kind: z.nativeEnum(CommitmentKind),
  statement: textSchema,
  status: z.nativeEnum(CommitmentStatus),
  meeting: z.string().nullish(),
  topic: slugSchema.nullish(),
  respondsTo: z.string().nullish(),
  due: dueSchema.nullish(),
  makers: z.array(z.string()).min(1, "a commitment needs at least one maker"),
  addressees: z
    .array(z.string())
    .nullish()
    .transform((list) => list ?? []),
  inferred: z.boolean().nullish(),
  citation: citationSchema,
});

const updateSchema = z.object({
  id: z.string(),
  expectedVersion: versionSchema,
  kind: z.nativeEnum(CommitmentKind).nullish(),
  statement: textSchema.nullish(),
  topic: slugSchema.nullish(),
  respondsTo: z.string().nullish(),
  due: dueSchema.nullish(),
  makers: z.array(z.string()).min(1, "a commitment needs at least one maker").nullish(),
  addressees: z.array(z.string()).nullish(),
});

const statusSchema = z.object({
  commitmentId: z.string(),
  status: z.nativeEnum(CommitmentStatus),
  note: z.string().nullish(),
  citation: citationSchema.nullish(),
  expectedVersion: versionSchema.nullish(),
});

export type CreateCommitmentInput = z.input<typeof createSchema>;
export type UpdateCommitmentInput = z.input<typeof updateSchema>;
export type UpdateCommitmentStatusInput = z.input<typeof statusSchema>;

const PARTY_COLUMNS = { Person: "personId", Organization: "organizationId", Country: "countryId" } as const;

/** Makers or addressees, given as global ids of people, organizations or countries, in order. */
async function writeParties(tx: Transaction, commitmentId: string, role: PartyRole, ids: string[], field: string) {
  await tx.commitmentParty.deleteMany({ where: { commitmentId, role } });
  for (const [position, globalId] of ids.entries()) {
    const path = ["input", field, String(position)];
    let decoded: { typename: string; id: string };
    try {
      decoded = decodeGlobalId(globalId);
    } catch {
      throw new ValidationError([{ path, message: `"${globalId}" is not an id issued by this API` }]);
    }
    const column = PARTY_COLUMNS[decoded.typename as keyof typeof PARTY_COLUMNS];
    if (!column)
      throw new ValidationError([
        { path, message: `expected the id of a Person, Organization or Country, got a ${decoded.typename}` },
      ]);
    const exists = await (decoded.typename === "Person"
      ? tx.person.findUnique({ where: { id: decoded.id }, select: { id: true } })
      : decoded.typename === "Organization"
        ? tx.organization.findUnique({ where: { id: decoded.id }, select: { id: true } })
        : tx.country.findUnique({ where: { id: decoded.id }, select: { id: true } }));
    if (!exists) throw new NotFoundError(decoded.typename, globalId);
    await tx.commitmentParty.create({ data: { commitmentId, role, position, [column]: decoded.id } });
  }
}

async function topicIdOf(tx: Transaction, slug: string | null | undefined): Promise<string | null | undefined> {
  if (slug == null) return slug;
  const topic = await tx.topic.findUnique({ where: { slug }, select: { id: true } });
  if (!topic) throw new ValidationError([{ path: ["input", "topic"], message: `no topic with slug "${slug}"` }]);
  return topic.id;
}

async function respondsToIdOf(
  tx: Transaction,
  globalId: string | null | undefined,
  self?: string,
): Promise<string | null | undefined> {
  if (globalId == null) return globalId;
  const id = idOf(globalId, "Commitment", ["input", "respondsTo"]);
  if (id === self)
    throw new ValidationError([{ path: ["input", "respondsTo"], message: "a commitment cannot respond to itself" }]);
  if (!(await tx.commitment.findUnique({ where: { id }, select: { id: true } })))
    throw new NotFoundError("Commitment", globalId);
  return id;
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
  const meetingId = data.meeting ? idOf(data.meeting, "Meeting", ["input", "meeting"]) : null;
  return write(ctx, { operation: "createCommitment", input, ...request }, async (tx) => {
    if (meetingId && !(await tx.meeting.findUnique({ where: { id: meetingId }, select: { id: true } })))
      throw new NotFoundError("Meeting", data.meeting as string);
    await tx.$executeRaw`SELECT set_config('accord.note', 'recorded', true)`;
    const citationId = await citationFor(tx, data.citation, ["input", "citation"]);
    const commitment = await tx.commitment.create({
      data: {
        slug: data.slug,
        kind: data.kind,
        statement: data.statement,
        status: data.status,
        meetingId,
        topicId: (await topicIdOf(tx, data.topic)) ?? null,
        respondsToId: (await respondsToIdOf(tx, data.respondsTo)) ?? null,
        ...(await dueColumnsCiting(tx, data.due, async () => citationId)),
        basis: data.inferred ? "INFERRED" : "STATED",
        citationId,
      },
    });
    await writeParties(tx, commitment.id, "MAKER", data.makers, "makers");
    await writeParties(tx, commitment.id, "ADDRESSEE", data.addressees, "addressees");
    return commitment.id;
  });
}

export function updateCommitment<T>(ctx: Context, input: UpdateCommitmentInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(updateSchema, input);
  const id = idOf(data.id, "Commitment", ["input", "id"]);
  return write(ctx, { operation: "updateCommitment", input, ...request }, async (tx) => {
    const topicId = await topicIdOf(tx, data.topic);
    const respondsToId = await respondsToIdOf(tx, data.respondsTo, id);
    const due = await dueColumnsCiting(
      tx,
      data.due,
      async () => (await tx.commitment.findUniqueOrThrow({ where: { id }, select: { citationId: true } })).citationId,
    );
    await updateAtVersion(
      "Commitment",
      data.id,
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
    if (data.makers) await writeParties(tx, id, "MAKER", data.makers, "makers");
    if (data.addressees) await writeParties(tx, id, "ADDRESSEE", data.addressees, "addressees");
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
  const id = idOf(data.commitmentId, "Commitment", ["input", "commitmentId"]);
  return write(ctx, { operation: "updateCommitmentStatus", input, ...request }, async (tx) => {
    const citationId = data.citation ? await citationFor(tx, data.citation, ["input", "citation"]) : "";
    await tx.$executeRaw`SELECT set_config('accord.note', ${data.note ?? ""}, true), set_config('accord.citation', ${citationId}, true)`;
    const [row] = await tx.$queryRaw<
      { version: number; status: CommitmentStatus }[]
    >`SELECT version, status FROM commitment WHERE id = ${id}::uuid FOR UPDATE`;
    if (!row) throw new NotFoundError("Commitment", data.commitmentId);
    if (data.expectedVersion != null && row.version !== data.expectedVersion) {
      throw new ConflictError(
        `Commitment ${data.commitmentId} is at version ${row.version}, not ${data.expectedVersion}: reload it and apply your change again`,
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
  const id = idOf(input.id, "Commitment", ["input", "id"]);
  return write(ctx, { operation: "deleteCommitment", input, ...request }, async (tx) => {
    const commitment = await tx.commitment.findUnique({
      where: { id },
      select: { _count: { select: { responses: true } } },
    });
    if (!commitment) throw new NotFoundError("Commitment", input.id);
    if (commitment._count.responses > 0)
      throw new ConflictError(
        `Commitment ${input.id} cannot be deleted: ${commitment._count.responses} response(s) answer it`,
      );
    await tx.commitment.delete({ where: { id } });
    return id;
  });
}
