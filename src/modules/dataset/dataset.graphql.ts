// The import mutation: a dataset in the seed format, with the source texts it cites.
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { ForbiddenError, ValidationError } from "../shared/errors.js";
import { DatasetError, extractDocumentBodies, importDataset, parseDataset, type TableSummary } from "./dataset.service.js";

const SourceTextInput = builder.inputType("SourceTextInput", {
  description: "The verbatim text of a source file the dataset's documents name in `file`.",
  fields: (t) => ({
    file: t.string({ description: "The name the dataset uses for it." }),
    text: t.string({ description: "The full text." }),
  }),
});

const ImportDatasetInput = builder.inputType("ImportDatasetInput", {
  description: "A dataset in the seed format (see src/modules/dataset/dataset.format.ts) and the source texts its documents come from.",
  fields: (t) => ({
    dataset: t.field({ type: "JSON", description: "The dataset object." }),
    sources: t.field({ type: [SourceTextInput], description: "Texts for every `file` the dataset's documents name." }),
  }),
});

const TableCount = builder.objectRef<TableSummary & { table: string }>("ImportedTable").implement({
  description: "What an import did to one table.",
  fields: (t) => ({
    table: t.string({ description: "The table.", resolve: (row) => row.table }),
    created: t.int({ description: "Rows added.", resolve: (row) => row.created }),
    updated: t.int({ description: "Rows changed.", resolve: (row) => row.updated }),
    unchanged: t.int({ description: "Rows already as given.", resolve: (row) => row.unchanged }),
  }),
});

builder.mutationField("importDataset", (t) =>
  t.field({
    type: [TableCount],
    description:
      "Loads a dataset: validated in full first (every problem reported with its record and field), then written in one transaction keyed by slugs, so a bad dataset changes nothing and a repeated import writes nothing.",
    authScopes: { editor: true },
    errors: {},
    args: { input: t.arg({ type: ImportDatasetInput, description: "The dataset and its sources." }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.caller) throw new ForbiddenError("This needs credentials: send Authorization: Bearer <API key>");
      const texts = new Map(input.sources.map((source) => [source.file, source.text]));
      try {
        const dataset = parseDataset(input.dataset);
        const summary = await importDataset({ db, dataset, bodies: extractDocumentBodies(dataset, (file) => texts.get(file)) });
        return Object.entries(summary).map(([table, counts]) => ({ table, ...counts }));
      } catch (error) {
        if (error instanceof DatasetError) throw new ValidationError(error.problems.map((p) => ({ path: ["input", "dataset", p.path], message: p.message })));
        throw error;
      }
    },
  }),
);
