import { sql, sqlRoot } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder, DEFAULT_PAGE_SIZE } from "../../schema/builder.js";
import { documentText, longText } from "../../schema/input-limits.js";
import { InputReferences } from "../../schema/input-references.js";
import { refersTo } from "../../schema/references.js";
import { editorMutation, idempotencyKeyArg, writtenRow } from "../shared/mutation.graphql.js";
import { BasisEnum, KnownDate, knownDate, knownDateSql } from "../shared/shared.graphql.js";
import { createSourceDocument, updateSourceDocument } from "./document.service.js";

export const SourceDocumentRef = builder.prismaNode("SourceDocument", {
  select: { id: true },
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
      select: { publishedOn: true, publishedPrecision: true, publishedBasis: true, publishedNote: true },
      extensions: sql((c) =>
        knownDateSql(c("publishedOn"), c("publishedPrecision"), c("publishedBasis"), c("publishedNote")),
      ),
      resolve: (doc) => knownDate(doc.publishedOn, doc.publishedPrecision, doc.publishedBasis, doc.publishedNote),
    }),
    publishedBasis: t.expose("publishedBasis", {
      type: BasisEnum,
      description: "Whether the publication date is printed or inferred.",
    }),
    language: t.exposeString("language", { description: "BCP 47 language tag of the text." }),
    note: t.exposeString("note", {
      nullable: true,
      description: "The curator's reading notes: what was inferred, what was left out as page chrome.",
    }),
    body: t.exposeString("body", { description: "The verbatim text. Citation offsets index into it." }),
    citations: t.relatedConnection("citations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ startOffset: "asc" }, { id: "asc" }] },
      description: "Excerpts of this document cited by facts, in reading order.",
    }),
  }),
});

const NEWEST_FIRST = [{ publishedOn: { sort: "desc", nulls: "last" } }, { id: "asc" }] as const satisfies object[];

builder.queryFields((t) => ({
  documents: t.prismaConnection({
    type: "SourceDocument",
    cursor: "id",
    defaultSize: DEFAULT_PAGE_SIZE,
    description: "All source documents, newest first.",
    extensions: sqlRoot({ kind: "connection", model: "SourceDocument", query: () => ({ orderBy: [...NEWEST_FIRST] }) }),
    totalCount: () => db.sourceDocument.count(),
    resolve: (query) => db.sourceDocument.findMany({ ...query, orderBy: [...NEWEST_FIRST] }),
  }),
}));

const CreateSourceDocumentInput = builder.inputType("CreateSourceDocumentInput", {
  description: "A new source document, verbatim. Its text cannot change once facts cite it.",
  fields: (t) => ({
    slug: t.string({ description: "Stable key: lower-case words joined by hyphens." }),
    title: t.string({ description: "The headline." }),
    publisher: t.string({ description: "Who published it." }),
    url: t.string({ required: false, description: "Where it was published." }),
    published: t.field({
      type: "PartialDate",
      required: false,
      description: "When it was published, as precisely as known.",
    }),
    publishedInferred: t.boolean({
      required: false,
      description: "True when the publication date is inferred (then say how in publishedNote).",
    }),
    publishedNote: t.string({
      ...longText,
      required: false,
      description: "How an inferred publication date was derived.",
    }),
    language: t.string({ required: false, description: 'BCP 47 tag; default "en".' }),
    note: t.string({ ...longText, required: false, description: "Reading notes." }),
    body: t.string({ ...documentText, description: "The verbatim text." }),
  }),
});

const UpdateSourceDocumentInput = builder.inputType("UpdateSourceDocumentInput", {
  description:
    "Corrections to a document; omitted fields stay as they are. The text can change only while nothing cites it.",
  fields: (t) => ({
    id: t.id({ description: "The document, by global id or slug.", ...refersTo("SourceDocument") }),
    expectedVersion: t.int({ description: "The `version` you read; a newer stored version is a ConflictError." }),
    title: t.string({ required: false, description: "New headline." }),
    publisher: t.string({ required: false, description: "New publisher." }),
    url: t.string({ required: false, description: "New URL; null clears it." }),
    published: t.field({ type: "PartialDate", required: false, description: "New publication date; null clears it." }),
    publishedInferred: t.boolean({ required: false, description: "Whether the publication date is inferred." }),
    publishedNote: t.string({
      ...longText,
      required: false,
      description: "How an inferred publication date was derived.",
    }),
    note: t.string({ ...longText, required: false, description: "New reading notes." }),
    body: t.string({
      ...documentText,
      required: false,
      description: "New verbatim text; refused once facts cite the document.",
    }),
  }),
});

builder.prismaObjectField("SourceDocument", "version", (t) =>
  t.exposeInt("version", { description: "Increases with every change." }),
);

builder.mutationField("updateSourceDocument", (t) =>
  t.prismaField({
    type: "SourceDocument",
    description: "Corrects a source document.",
    ...editorMutation,
    args: { input: t.arg({ type: UpdateSourceDocumentInput, description: "The corrections." }), ...idempotencyKeyArg },
    resolve: (query, _root, { input, ...args }, ctx) => {
      const refs = new InputReferences(ctx);
      const decoded = { ...input, id: refs.target(input.id, "SourceDocument", ["input", "id"]) };
      return refs.run(decoded, (data) =>
        updateSourceDocument(
          ctx,
          data,
          writtenRow((tx) => tx.sourceDocument, query, args),
        ),
      );
    },
  }),
);

builder.mutationField("createSourceDocument", (t) =>
  t.prismaField({
    type: "SourceDocument",
    description: "Records a source document, so facts can cite it.",
    ...editorMutation,
    args: { input: t.arg({ type: CreateSourceDocumentInput, description: "The document." }), ...idempotencyKeyArg },
    resolve: (query, _root, args, ctx) =>
      createSourceDocument(
        ctx,
        args.input,
        writtenRow((tx) => tx.sourceDocument, query, args),
      ),
  }),
);
