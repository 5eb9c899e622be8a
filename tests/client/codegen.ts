// graphql-codegen configuration for the example typed client: the operations in
// ./operations/*.graphql, validated against the committed schema.graphql, typed into
// ./generated/ (gitignored) with the client preset. tests/client/client.test.ts runs it on
// every test run; by hand: `npx graphql-codegen --config tests/client/codegen.ts`.
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Where the typed documents are written (a directory: the client preset writes several files). */
export const GENERATED_DIR = here("./generated/");

const config: CodegenConfig = {
  schema: here("../../schema.graphql"),
  documents: [here("./operations/*.graphql")],
  // An operation the schema no longer accepts is an error, not a skipped file.
  ignoreNoDocuments: false,
  // ESM: imports between the generated files end in .js.
  emitLegacyCommonJSImports: false,
  generates: {
    [GENERATED_DIR]: {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string", PartialDate: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
