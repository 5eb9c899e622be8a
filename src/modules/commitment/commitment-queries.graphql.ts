// The root commitment queries: the filtered list and the lookup by id or slug.
import { sqlRoot } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { lookup, whereIdOrSlug } from "../../schema/lookup.js";
import { findRecord } from "../../schema/references.js";
import type { Context } from "../../server/context.js";
import { lookupArgs } from "../shared/lookup-args.js";
import { rootListOptions } from "../shared/root-list.js";
import {
  COMMITMENT_ORDERS,
  type CommitmentFilterInput,
  type CommitmentOrder,
  commitmentWhere,
} from "./commitment.filter.js";
import { CommitmentFilter, CommitmentOrderEnum } from "./commitment-filter.graphql.js";

/** The Prisma arguments a commitments page reads with; the compiled read path translates the same ones. */
const commitmentsQuery = (
  args: { filter?: CommitmentFilterInput | null; orderBy?: CommitmentOrder | null },
  ctx: Context,
) => ({
  where: commitmentWhere(args.filter, findRecord(ctx)),
  orderBy: COMMITMENT_ORDERS[args.orderBy ?? "CREATED_DESC"],
});

builder.queryFields((t) => ({
  commitments: t.prismaConnection({
    type: "Commitment",
    description: "Commitments, filtered and ordered; by default most recently recorded first.",
    args: {
      filter: t.arg({ type: CommitmentFilter, required: false, description: "Which commitments." }),
      orderBy: t.arg({
        type: CommitmentOrderEnum,
        required: false,
        defaultValue: "CREATED_DESC",
        description: "Their order.",
      }),
    },
    ...rootListOptions("Commitment", "commitments", db.commitment, commitmentsQuery),
  }),
  commitment: t.prismaField({
    type: "Commitment",
    description: "One commitment by global id or slug.",
    args: lookupArgs,
    extensions: sqlRoot({ kind: "unique", model: "Commitment", where: (args) => whereIdOrSlug("Commitment", args) }),
    resolve: (query, _root, args) =>
      lookup("Commitment", args, (where) => db.commitment.findUnique({ ...query, where })),
  }),
}));
