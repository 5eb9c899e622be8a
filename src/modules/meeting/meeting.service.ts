// Writes to meetings and their participants.
import { z } from "zod";
import { Basis, MeetingKind, MeetingStatus, ParticipationSide } from "../../generated/prisma/enums.js";
import type { Transaction } from "../../infra/db.js";
import type { Context } from "../../server/context.js";
import { citationAt } from "../document/citation.service.js";
import { ConflictError, NotFoundError, ValidationError } from "../shared/errors.js";
import {
  citationReferenceSchema,
  partialDateSchema,
  slugSchema,
  textSchema,
  versionSchema,
} from "../shared/input-schemas.js";
import { dateColumns } from "../shared/partial-date.js";
import { parseInput, updateAtVersion, type WriteRequest, write } from "../shared/write.js";

// Records are named by uuid: the schema layer has decoded global ids, slugs and ISO codes.
const participantSchema = z
  .object({
    person: z.string().uuid(),
    position: z.string().uuid().nullish(),
    organization: z.string().uuid().nullish(),
    organizationBasis: z.nativeEnum(Basis).nullish(),
    organizationNote: z.string().trim().min(1, "must not be empty").nullish(),
    country: z.string().uuid().nullish(),
    roleTitle: textSchema,
    side: z.nativeEnum(ParticipationSide),
    inferred: z.boolean().nullish(),
    citation: citationReferenceSchema,
  })
  .refine((p) => p.organizationBasis !== "INFERRED" || p.organization, {
    message: "an inferred organization needs the organization",
    path: ["organization"],
  })
  .refine((p) => p.organizationBasis !== "INFERRED" || p.organizationNote, {
    message: "an inferred organization needs a note saying how it was inferred",
    path: ["organizationNote"],
  });

const meetingFields = {
  title: textSchema,
  kind: z.nativeEnum(MeetingKind),
  status: z.nativeEnum(MeetingStatus),
  statusReason: z.string().nullish(),
  date: partialDateSchema.nullish(),
  dateInferred: z.boolean().nullish(),
  dateNote: z.string().nullish(),
  originalDate: partialDateSchema.nullish(),
  place: z.string().nullish(),
  placeCountry: z.string().uuid().nullish(),
  series: z.string().nullish(),
  sequenceNumber: z.number().int().positive().nullish(),
  summary: z.string().nullish(),
};

const createSchema = z
  .object({
    slug: slugSchema,
    ...meetingFields,
    inferred: z.boolean().nullish(),
    citation: citationReferenceSchema,
    participants: z.array(participantSchema).default([]),
  })
  .refine((m) => !m.dateInferred || m.dateNote, {
    message: "an inferred date needs a note saying how it was inferred",
    path: ["dateNote"],
  });

const updateSchema = z.object({
  id: z.string().uuid(),
  expectedVersion: versionSchema,
  ...Object.fromEntries(Object.entries(meetingFields).map(([name, schema]) => [name, schema.nullish()])),
  participants: z.array(participantSchema).nullish(),
}) as z.ZodType<UpdateMeetingData>;

type MeetingFields = { [K in keyof typeof meetingFields]?: z.infer<(typeof meetingFields)[K]> | null };
interface UpdateMeetingData extends MeetingFields {
  id: string;
  expectedVersion: number;
  participants?: z.infer<typeof participantSchema>[] | null;
}

export type CreateMeetingInput = z.input<typeof createSchema>;
export type UpdateMeetingInput = UpdateMeetingData;

function meetingColumns(data: MeetingFields) {
  const placeCountryId = data.placeCountry;
  return {
    ...(data.title != null && { title: data.title }),
    ...(data.kind != null && { kind: data.kind }),
    ...(data.status != null && { status: data.status }),
    ...(data.statusReason !== undefined && { statusReason: data.statusReason }),
    ...dateColumns(data.date, "date", "datePrecision"),
    ...(data.dateInferred != null && { dateBasis: data.dateInferred ? ("INFERRED" as const) : ("STATED" as const) }),
    ...(data.dateNote !== undefined && { dateNote: data.dateNote }),
    ...dateColumns(data.originalDate, "originalDate", "originalDatePrecision"),
    ...(data.place !== undefined && { place: data.place }),
    ...(placeCountryId !== undefined && { placeCountryId }),
    ...(data.series !== undefined && { series: data.series }),
    ...(data.sequenceNumber !== undefined && { sequenceNumber: data.sequenceNumber }),
    ...(data.summary !== undefined && { summary: data.summary }),
  };
}

/** Replaces the meeting's participant list with `participants`. */
async function writeParticipants(
  tx: Transaction,
  meetingId: string,
  participants: z.infer<typeof participantSchema>[],
) {
  const seen = new Set<string>();
  await tx.participation.deleteMany({ where: { meetingId } });
  for (const [index, participant] of participants.entries()) {
    const path = ["input", "participants", String(index)];
    const personId = participant.person;
    if (seen.has(personId))
      throw new ValidationError([
        { path: [...path, "person"], message: "this person is already listed as a participant" },
      ]);
    seen.add(personId);
    const positionId = participant.position ?? null;
    const organizationId = participant.organization ?? null;
    if (positionId) {
      const position = await tx.position.findUnique({ where: { id: positionId }, select: { personId: true } });
      if (!position) throw new NotFoundError("Position", positionId);
      if (position.personId !== personId)
        throw new ValidationError([{ path: [...path, "position"], message: "the position belongs to another person" }]);
    }
    await tx.participation.create({
      data: {
        meetingId,
        ordinal: index,
        personId,
        positionId,
        organizationId,
        countryId: participant.country ?? null,
        roleTitle: participant.roleTitle,
        side: participant.side,
        basis: participant.inferred ? "INFERRED" : "STATED",
        organizationBasis: participant.organizationBasis ?? "STATED",
        organizationNote: participant.organizationNote ?? null,
        citationId: await citationAt(tx, participant.citation, [...path, "citation"]),
      },
    });
  }
}

export function createMeeting<T>(ctx: Context, input: CreateMeetingInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(createSchema, input);
  return write(ctx, { operation: "createMeeting", input, ...request }, async (tx) => {
    const meeting = await tx.meeting.create({
      data: {
        slug: data.slug,
        title: data.title,
        kind: data.kind,
        status: data.status,
        ...meetingColumns(data),
        basis: data.inferred ? "INFERRED" : "STATED",
        citationId: await citationAt(tx, data.citation, ["input", "citation"]),
      },
    });
    await writeParticipants(tx, meeting.id, data.participants);
    return meeting.id;
  });
}

/** Changes the given fields; `participants`, when given, replaces the whole list. */
export function updateMeeting<T>(ctx: Context, input: UpdateMeetingInput, request: WriteRequest<T>): Promise<T> {
  const data = parseInput(updateSchema, input);
  const { id } = data;
  return write(ctx, { operation: "updateMeeting", input, ...request }, async (tx) => {
    const columns = meetingColumns(data);
    await updateAtVersion(
      "Meeting",
      id,
      data.expectedVersion,
      () =>
        tx.meeting.updateMany({
          where: { id, version: data.expectedVersion },
          data: { ...columns, version: { increment: 1 } },
        }),
      () => tx.meeting.findUnique({ where: { id }, select: { version: true } }),
    );
    if (data.participants) await writeParticipants(tx, id, data.participants);
    return id;
  });
}

/** Removes the meeting and its participations; refused while commitments made there exist. */
export function deleteMeeting<T>(ctx: Context, input: { id: string }, request: WriteRequest<T>): Promise<T> {
  const { id } = input;
  return write(ctx, { operation: "deleteMeeting", input, ...request }, async (tx) => {
    const meeting = await tx.meeting.findUnique({
      where: { id },
      select: { _count: { select: { commitments: true } } },
    });
    if (!meeting) throw new NotFoundError("Meeting", id);
    if (meeting._count.commitments > 0) {
      throw new ConflictError(
        `The meeting cannot be deleted: ${meeting._count.commitments} commitment(s) were made at it; delete or move them first`,
      );
    }
    await tx.meeting.delete({ where: { id } });
    return id;
  });
}
