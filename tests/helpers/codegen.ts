// graphql-codegen configuration for the tests' operations: every `graphql(`query Name ...`)` call in
// tests/**/*.ts (the example client in tests/client keeps its own configuration) is validated against
// the committed schema.graphql and typed into tests/generated/ (gitignored) with the client preset.
// `npm run typecheck` runs it first (`npm run codegen`), and so does vitest's globalSetup, so the
// generated `graphql()` always knows the operations the test files hold.
import { fileURLToPath } from "node:url";
import type { CodegenConfig } from "@graphql-codegen/cli";

const root = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

/** Where the typed documents are written (a directory: the client preset writes several files). */
export const GENERATED_DIR = root("tests/generated/");

const config: CodegenConfig = {
  schema: root("schema.graphql"),
  documents: [
    root("tests/**/*.ts"),
    `!${root("tests/generated/**")}`,
    `!${root("tests/client/**")}`,
    `!${root("tests/e2e/**")}`,
    `!${root("tests/bench/**")}`,
  ],
  // An operation the schema no longer accepts is an error, not a skipped file.
  ignoreNoDocuments: false,
  // ESM: imports between the generated files end in .js.
  emitLegacyCommonJSImports: false,
  generates: {
    [GENERATED_DIR]: {
      preset: "client",
      // documentMode "string": graphql() returns the operation's text, typed; execute() sends it as is.
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: "string",
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { Date: "string", DateTime: "string", PartialDate: "string", JSON: "unknown" },
      },
    },
  },
};

export default config;
