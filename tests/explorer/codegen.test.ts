// The explorer's GraphQL documents are typed by codegen into src/explorer/generated/, which
// `npm run build:explorer` and `npm run typecheck` regenerate (it is not committed). This test
// generates them in memory from the documents in src/explorer and the committed schema.graphql,
// so a schema change that breaks a document the page sends fails `npm test`, not only the build.
import { generate } from "@graphql-codegen/cli";
import { describe, expect, test } from "vitest";
import config from "../../src/explorer/codegen.js";

describe("explorer codegen", () => {
  test("every document the explorer sends fits the schema and is typed", async () => {
    const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as {
      filename: string;
      content: string;
    }[];
    const types = outputs.find((output) => output.filename.endsWith("graphql.ts"))?.content ?? "";
    expect(types).toContain("ExplorerCommitmentChangedSubscription");
    expect(types).toContain("ExplorerMeetingsQuery");
  });

  test("a document naming a field the schema lacks fails", async () => {
    const broken = { ...config, documents: [], silent: true, verbose: false };
    const generates = Object.fromEntries(
      Object.entries(config.generates).map(([path, output]) => [
        path,
        { ...(output as object), documents: ["query ExplorerBroken { meetings(first: 1) { noSuchField } }"] },
      ]),
    );
    await expect(generate({ ...broken, ignoreNoDocuments: true, generates }, false)).rejects.toThrow(/noSuchField/);
  });
});
