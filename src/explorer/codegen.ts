// graphql-codegen configuration for the explorer: every graphql(`…`) document in
// src/explorer/**/*.ts, validated against the committed schema.graphql and typed into
// ./generated/ with the client preset. The output is not committed: `npm run build:explorer`
// (which npm install runs) and `npm run typecheck` generate it first; tests/explorer/codegen.test.ts
// fails when a document no longer fits the schema. By hand: `npm run codegen:explorer`.
// (tests/client has its own configuration, for the example typed client.)
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the typed documents are written (a directory: the client preset writes several files). */
export const GENERATED_DIR = here("./generated/");

const config: CodegenConfig = {
  schema: here("../../schema.graphql"),
  documents: [here("./**/*.ts"), `!${here("./generated/**")}`, `!${here("./*.config.ts")}`, `!${here("./codegen.ts")}`],
  // An operation the schema no longer accepts is an error, not a skipped file.
  ignoreNoDocuments: false,
  // ESM: imports between the generated files end in .js.
  emitLegacyCommonJSImports: false,
  generates: {
    [GENERATED_DIR]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        // Documents are plain strings (sent as they are), so the page needs no GraphQL parser.
        documentMode: "string",
        // Only the operations' types, not the whole schema's.
        onlyOperationTypes: true,
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string", PartialDate: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
