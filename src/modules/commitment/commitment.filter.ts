// CommitmentFilter and CommitmentOrder as Prisma arguments.
import type { Basis, CommitmentKind, CommitmentStatus, Prisma } from "../../generated/prisma/client.js";
import {
  type Combinable,
  combine,
  commitmentPartiesWhere,
  type DateRangeInput,
  dateRangeWhere,
  type EnumFilterInput,
  enumWhere,
  type FindRecord,
  type Mergers,
  PARTY_TYPES,
  type PartyType,
  type RecordRef,
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
  between?: BetweenInput | null;
}

export interface DueFilterInput extends DateRangeInput {
  exists?: boolean | null;
  asSoonAsPossible?: boolean | null;
}

const ANY_DEADLINE: Prisma.CommitmentWhereInput[] = [
  { dueDate: { not: null } },
  { dueText: { not: null } },
  { dueAsSoonAsPossible: true },
];

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

/** Two parties, each a global id, slug or ISO code, and which ways between them count. */
export interface BetweenInput {
  a: string;
  b: string;
  directions?: CommitmentDirection[] | null;
}

/**
 * How a commitment runs between parties a and b: made by one and addressed to the other, or
 * made jointly by both. Exclusive: a commitment both made jointly and addressed to one of them
 * is JOINT.
 */
export const COMMITMENT_DIRECTIONS = ["A_TO_B", "B_TO_A", "JOINT"] as const;
export type CommitmentDirection = (typeof COMMITMENT_DIRECTIONS)[number];

/** Commitments with a party in this role that is, or belongs to, any of the given parties. */
const withParty = (role: "MAKER" | "ADDRESSEE", ...parties: RecordRef<PartyType>[]): Prisma.CommitmentWhereInput => ({
  parties: { some: { role, ...commitmentPartiesWhere(parties) } },
});

export function directionWhere(
  direction: CommitmentDirection,
  a: RecordRef<PartyType>,
  b: RecordRef<PartyType>,
): Prisma.CommitmentWhereInput {
  if (direction === "JOINT") return { AND: [withParty("MAKER", a), withParty("MAKER", b)] };
  const [from, to] = direction === "A_TO_B" ? [a, b] : [b, a];
  return { AND: [withParty("MAKER", from), withParty("ADDRESSEE", to)], NOT: withParty("MAKER", to) };
}

/** Made by one and addressed to the other, or made jointly by both (or only the directions asked for). */
export function betweenWhere(
  a: RecordRef<PartyType>,
  b: RecordRef<PartyType>,
  directions?: readonly CommitmentDirection[] | null,
) {
  return {
    OR: (directions ?? COMMITMENT_DIRECTIONS).map((direction) => directionWhere(direction, a, b)),
  } satisfies Prisma.CommitmentWhereInput;
}

/** `or: [{ maker: "JP" }, { maker: "CN" }, ...]` as one condition: see Mergers. */
const commitmentMergers = (find: FindRecord): Mergers<CommitmentFilterInput, Prisma.CommitmentWhereInput> => ({
  maker: (values) => withParty("MAKER", ...values.map((value) => find(value, PARTY_TYPES, "maker"))),
  addressee: (values) => withParty("ADDRESSEE", ...values.map((value) => find(value, PARTY_TYPES, "addressee"))),
  meeting: (values) => ({
    meetingId: { in: values.map((value) => find(value, ["Meeting"], "meeting").id), not: null },
  }),
  topic: (values) => ({ topicId: { in: values.map((value) => find(value, ["Topic"], "topic").id), not: null } }),
});

export function commitmentWhere(
  filter: CommitmentFilterInput | null | undefined,
  find: FindRecord,
): Prisma.CommitmentWhereInput | undefined {
  return combine<CommitmentFilterInput, Prisma.CommitmentWhereInput>(
    filter,
    (f) => [
      f.statement ? { statement: stringWhere(f.statement) } : undefined,
      f.kind ? { kind: enumWhere(f.kind) } : undefined,
      f.status ? { status: enumWhere(f.status) } : undefined,
      f.basis ? { basis: f.basis } : undefined,
      f.maker ? withParty("MAKER", find(f.maker, PARTY_TYPES, "maker")) : undefined,
      f.addressee ? withParty("ADDRESSEE", find(f.addressee, PARTY_TYPES, "addressee")) : undefined,
      f.meeting ? { meetingId: { equals: find(f.meeting, ["Meeting"], "meeting").id, not: null } } : undefined,
      f.due ? dueWhere(f.due) : undefined,
      f.topic ? { topicId: { equals: find(f.topic, ["Topic"], "topic").id, not: null } } : undefined,
      f.hasResponse == null ? undefined : f.hasResponse ? { responses: { some: {} } } : { responses: { none: {} } },
      f.isResponse == null ? undefined : f.isResponse ? { respondsToId: { not: null } } : { respondsToId: null },
      f.between
        ? betweenWhere(
            find(f.between.a, PARTY_TYPES, "between.a"),
            find(f.between.b, PARTY_TYPES, "between.b"),
            f.between.directions,
          )
        : undefined,
    ],
    commitmentMergers(find),
  );
}

export const COMMITMENT_ORDERS = {
  CREATED_DESC: [{ createdAt: "desc" }, { id: "asc" }],
  CREATED_ASC: [{ createdAt: "asc" }, { id: "asc" }],
  // Most urgent first (see CommitmentOrder.DUE_ASC); the (due_as_soon_as_possible DESC, due_date, id) index serves it.
  DUE_ASC: [{ dueAsSoonAsPossible: "desc" }, { dueDate: { sort: "asc", nulls: "last" } }, { id: "asc" }],
} satisfies Record<string, Prisma.CommitmentOrderByWithRelationInput[]>;

export type CommitmentOrder = keyof typeof COMMITMENT_ORDERS;
