import { sqlRoot } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { findRecord } from "../../schema/references.js";
import { commitmentWhere } from "../commitment/commitment.filter.js";
import { CommitmentFilter } from "../commitment/commitment-filter.graphql.js";

builder.prismaObject("Topic", {
  select: { id: true },
  description: "A subject commitments are about, e.g. peacekeeping in South Sudan.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name", { description: "Display name." }),
    commitments: t.relatedConnection("commitments", {
      cursor: "id",
      totalCount: true,
      args: { filter: t.arg({ type: CommitmentFilter, required: false, description: "Which commitments." }) },
      query: (args, ctx) => ({
        where: commitmentWhere(args.filter, findRecord(ctx)),
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      }),
      description: "Commitments about this topic.",
    }),
  }),
});

const BY_NAME = [{ name: "asc" }, { id: "asc" }] as const satisfies object[];

builder.queryFields((t) => ({
  topics: t.prismaField({
    type: ["Topic"],
    description: "All topics, by name.",
    extensions: sqlRoot({ kind: "list", model: "Topic", query: () => ({ orderBy: [...BY_NAME] }) }),
    resolve: (query) => db.topic.findMany({ ...query, orderBy: [...BY_NAME] }),
  }),
}));
