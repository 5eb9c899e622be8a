// The import mutation: a dataset in the seed format, with the source texts it cites.
import { builder } from "../../schema/builder.js";
import { documentText, longObjectList } from "../../schema/input-limits.js";
import { ValidationError } from "../shared/errors.js";
import { editorMutation, idempotencyKeyArg } from "../shared/mutation.graphql.js";
import { write } from "../shared/write.js";
import { IMPORT_TIMEOUT_MS, type ImportSummary, type TableSummary, writeDataset } from "./dataset.service.js";
import { DatasetError, extractDocumentBodies, parseDataset } from "./dataset.validation.js";

const SourceTextInput = builder.inputType("SourceTextInput", {
  description: "The verbatim text of a source file the dataset's documents name in `file`.",
  fields: (t) => ({
    file: t.string({ description: "The name the dataset uses for it." }),
    text: t.string({ ...documentText, description: "The full text." }),
  }),
});

const ImportDatasetInput = builder.inputType("ImportDatasetInput", {
  description:
    "A dataset in the seed format (see src/modules/dataset/dataset.format.ts) and the source texts its documents come from.",
  fields: (t) => ({
    dataset: t.field({ type: "JSON", description: "The dataset object." }),
    sources: t.field({
      ...longObjectList,
      type: [SourceTextInput],
      description: "Texts for every `file` the dataset's documents name.",
    }),
    unchangedSince: t.field({
      type: "DateTime",
      required: false,
      description:
        "When you exported or last read what you are importing. A stored record the dataset would change but that someone modified after this moment is a ConflictError naming it, instead of being overwritten.",
    }),
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
      "Loads a dataset: validated in full first (every problem reported with its record and field), then written in one transaction keyed by slugs, so a bad dataset changes nothing and a repeated import writes nothing. Status changes record the caller in `statusHistory.changedBy`.",
    ...editorMutation,
    args: {
      input: t.arg({ type: ImportDatasetInput, description: "The dataset and its sources." }),
      ...idempotencyKeyArg,
    },
    resolve: async (_root, { input, idempotencyKey }, ctx) => {
      const texts = new Map(input.sources.map((source) => [source.file, source.text]));
      try {
        const dataset = parseDataset(input.dataset);
        const bodies = extractDocumentBodies(dataset, (file) => texts.get(file));
        // write() keeps one string per idempotency key; an import's is its summary, so a replay answers the same counts.
        const summary = await write(
          ctx,
          {
            operation: "importDataset",
            input,
            idempotencyKey,
            timeoutMs: IMPORT_TIMEOUT_MS,
            result: async (_tx, written) => JSON.parse(written) as ImportSummary,
          },
          async (tx) => JSON.stringify(await writeDataset(tx, dataset, bodies, input.unchangedSince ?? undefined)),
        );
        return Object.entries(summary).map(([table, counts]) => ({ table, ...counts }));
      } catch (error) {
        if (error instanceof DatasetError)
          throw new ValidationError(
            error.problems.map((p) => ({ path: ["input", "dataset", p.path], message: p.message })),
          );
        throw error;
      }
    },
  }),
);
