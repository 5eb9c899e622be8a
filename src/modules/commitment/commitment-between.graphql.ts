// Commitments between two parties: the `between` filter and, on each commitment, which way it
// runs between them. Both read the same direction rules (commitment.filter.ts).
import { sqlCases } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { findRecord, refersTo } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { PARTY_TYPES } from "../shared/filters.js";
import {
  type BetweenInput,
  COMMITMENT_DIRECTIONS,
  type CommitmentDirection,
  directionWhere,
} from "./commitment.filter.js";

export const CommitmentDirectionEnum = builder.enumType("CommitmentDirection", {
  description: "Which way a commitment runs between two parties a and b.",
  values: {
    A_TO_B: { description: "Made by a (or part of a) and addressed to b." },
    B_TO_A: { description: "Made by b and addressed to a." },
    JOINT: { description: "Made by both together, e.g. a joint statement; whoever it is addressed to." },
  } satisfies Record<CommitmentDirection, { description: string }>,
});

const partyDescription = (which: string) =>
  `${which} person, organization (with its sub-organizations) or country (with its people and organizations), by global id, slug or ISO code.`;

export const CommitmentBetween = builder.inputRef<BetweenInput>("CommitmentBetween").implement({
  description:
    'Two parties, e.g. `{ a: "JP", b: "CN" }`: commitments made by one and addressed to the other, or made jointly by both.',
  fields: (t) => ({
    a: t.id({ description: partyDescription("One"), ...refersTo(...PARTY_TYPES) }),
    b: t.id({ description: partyDescription("The other"), ...refersTo(...PARTY_TYPES) }),
    directions: t.field({
      type: [CommitmentDirectionEnum],
      required: false,
      description: "Only these directions (default: all three).",
    }),
  }),
});

/** Each direction with the commitments it matches, for parties a and b (the resolver's and the compiled read's). */
const directionCases = (args: { a: string; b: string }, ctx: Context) => {
  const find = findRecord(ctx);
  const [a, b] = [find(args.a, PARTY_TYPES, "a"), find(args.b, PARTY_TYPES, "b")];
  return COMMITMENT_DIRECTIONS.map((direction) => [direction, directionWhere(direction, a, b)] as const);
};

builder.prismaObjectFields("Commitment", (t) => ({
  direction: t.loadable({
    type: CommitmentDirectionEnum,
    nullable: true,
    byPath: true,
    description:
      "Which way it runs between parties a and b; null when it is not between them. Pair with the `between` filter.",
    args: {
      a: t.arg.id({ description: partyDescription("One"), ...refersTo(...PARTY_TYPES) }),
      b: t.arg.id({ description: partyDescription("The other"), ...refersTo(...PARTY_TYPES) }),
    },
    extensions: sqlCases(directionCases),
    // One statement per direction for the whole list, not per commitment.
    load: async (ids: string[], ctx, args) => {
      const directionOf = new Map<string, CommitmentDirection>();
      const matches = await Promise.all(
        directionCases(args, ctx).map(([, where]) =>
          db.commitment.findMany({ where: { id: { in: ids }, ...where }, select: { id: true } }),
        ),
      );
      COMMITMENT_DIRECTIONS.forEach((direction, index) => {
        for (const { id } of matches[index] ?? []) directionOf.set(id, direction);
      });
      return ids.map((id) => directionOf.get(id) ?? null);
    },
    resolve: (commitment) => commitment.id,
  }),
}));
