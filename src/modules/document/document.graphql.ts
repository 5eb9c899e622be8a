import { db } from "../../db.js";
import { builder } from "../../schema/builder.js";
import { BasisEnum, KnownDate, knownDate } from "../shared/shared.graphql.js";

export const SourceDocumentRef = builder.prismaNode("SourceDocument", {
  id: { field: "id" },
  description: "One published article, kept verbatim; every fact in Accord cites an excerpt of one.",
  fields: (t) => ({
    slug: t.exposeString("slug", { description: "Stable, human-readable key." }),
    title: t.exposeString("title", { description: "The headline as published." }),
    publisher: t.exposeString("publisher", { description: "Who published it." }),
    url: t.exposeString("url", { nullable: true, description: "Where it was published, when known." }),
    published: t.field({
      type: KnownDate,
      nullable: true,
      description: "When it was published, as precisely as known.",
      resolve: (doc) => knownDate(doc.publishedOn, doc.publishedPrecision, doc.publishedBasis),
    }),
    publishedBasis: t.expose("publishedBasis", { type: BasisEnum, description: "Whether the publication date is printed or inferred." }),
    language: t.exposeString("language", { description: "BCP 47 language tag of the text." }),
    note: t.exposeString("note", { nullable: true, description: "The curator's reading notes: what was inferred, what was left out as page chrome." }),
    body: t.exposeString("body", { description: "The verbatim text. Citation offsets index into it." }),
    citations: t.relatedConnection("citations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ startOffset: "asc" }, { id: "asc" }] },
      description: "Excerpts of this document cited by facts, in reading order.",
    }),
  }),
});

builder.queryFields((t) => ({
  documents: t.prismaConnection({
    type: "SourceDocument",
    cursor: "id",
    description: "All source documents, newest first.",
    totalCount: () => db.sourceDocument.count(),
    resolve: (query) => db.sourceDocument.findMany({ ...query, orderBy: [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }] }),
  }),
}));
