import { db } from "../../db.js";
import { builder } from "../../schema/builder.js";

builder.prismaObject("Topic", {
  description: "A subject commitments are about, e.g. peacekeeping in South Sudan.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    name: t.exposeString("name", { description: "Display name." }),
    commitments: t.relatedConnection("commitments", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
      description: "Commitments about this topic.",
    }),
  }),
});

builder.queryFields((t) => ({
  topics: t.prismaField({
    type: ["Topic"],
    description: "All topics, by name.",
    resolve: (query) => db.topic.findMany({ ...query, orderBy: [{ name: "asc" }, { id: "asc" }] }),
  }),
}));
