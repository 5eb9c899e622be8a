// CommitmentFilter and CommitmentOrder as Prisma arguments.
import type { Basis, CommitmentKind, CommitmentStatus, Prisma } from "../../generated/prisma/client.js";
import {
  type Combinable,
  combine,
  commitmentPartyWhere,
  type DateRangeInput,
  dateRangeWhere,
  decodeIdOf,
  type EnumFilterInput,
  enumWhere,
  type StringFilterInput,
  stringWhere,
} from "../shared/filters.js";

export interface CommitmentFilterInput extends Combinable<CommitmentFilterInput> {
  statement?: StringFilterInput | null;
  kind?: EnumFilterInput<CommitmentKind> | null;
  status?: EnumFilterInput<CommitmentStatus> | null;
  basis?: Basis | null;
  maker?: string | null;
  addressee?: string | null;
  meeting?: string | null;
  due?: DueFilterInput | null;
  topic?: string | null;
  hasResponse?: boolean | null;
  isResponse?: boolean | null;
}

export interface DueFilterInput extends DateRangeInput {
  exists?: boolean | null;
  asSoonAsPossible?: boolean | null;
}

const ANY_DEADLINE: Prisma.CommitmentWhereInput[] = [{ dueDate: { not: null } }, { dueText: { not: null } }, { dueAsSoonAsPossible: true }];

/** A dated deadline within the range, any deadline or none, as soon as possible or not: all that are given. */
function dueWhere({ from, to, exists, asSoonAsPossible }: DueFilterInput): Prisma.CommitmentWhereInput {
  return {
    AND: [
      from || to ? (dateRangeWhere({ from, to }, "dueDate", "dueEnd") as Prisma.CommitmentWhereInput) : {},
      exists == null ? {} : exists ? { OR: ANY_DEADLINE } : { NOT: { OR: ANY_DEADLINE } },
      asSoonAsPossible == null ? {} : { dueAsSoonAsPossible: asSoonAsPossible },
    ],
  };
}

export function commitmentWhere(filter: CommitmentFilterInput | null | undefined): Prisma.CommitmentWhereInput | undefined {
  return combine<CommitmentFilterInput, Prisma.CommitmentWhereInput>(filter, (f) => [
    f.statement ? { statement: stringWhere(f.statement) } : undefined,
    f.kind ? { kind: enumWhere(f.kind) } : undefined,
    f.status ? { status: enumWhere(f.status) } : undefined,
    f.basis ? { basis: f.basis } : undefined,
    f.maker ? { parties: { some: { role: "MAKER", ...commitmentPartyWhere(f.maker, "maker") } } } : undefined,
    f.addressee ? { parties: { some: { role: "ADDRESSEE", ...commitmentPartyWhere(f.addressee, "addressee") } } } : undefined,
    f.meeting ? { meetingId: { equals: decodeIdOf(f.meeting, ["Meeting"], "meeting").id, not: null } } : undefined,
    f.due ? dueWhere(f.due) : undefined,
    f.topic ? { topicId: { not: null }, topic: { slug: f.topic } } : undefined,
    f.hasResponse == null ? undefined : f.hasResponse ? { responses: { some: {} } } : { responses: { none: {} } },
    f.isResponse == null ? undefined : f.isResponse ? { respondsToId: { not: null } } : { respondsToId: null },
  ]);
}

export const COMMITMENT_ORDERS = {
  CREATED_DESC: [{ createdAt: "desc" }, { id: "asc" }],
  CREATED_ASC: [{ createdAt: "asc" }, { id: "asc" }],
  // Most urgent first (see CommitmentOrder.DUE_ASC); the (due_as_soon_as_possible DESC, due_date, id) index serves it.
  DUE_ASC: [{ dueAsSoonAsPossible: "desc" }, { dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
} satisfies Record<string, Prisma.CommitmentOrderByWithRelationInput[]>;

export type CommitmentOrder = keyof typeof COMMITMENT_ORDERS;
