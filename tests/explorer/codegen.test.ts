// The explorer's typed GraphQL documents (src/explorer/generated/) are committed, so the page
// builds and typechecks without a generation step. This test regenerates them in memory from
// the documents in src/explorer and the committed schema.graphql, and fails when the committed
// files differ: after changing an explorer document or the schema, run `npm run codegen:explorer`.
// (Generating also validates every explorer operation against the schema.)
import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { generate } from "@graphql-codegen/cli";
import { describe, expect, test } from "vitest";
import config, { GENERATED_DIR } from "../../src/explorer/codegen.js";

describe("explorer codegen", () => {
  test("src/explorer/generated is what codegen makes of the explorer's documents and the schema", async () => {
    const outputs = (await generate({ ...config, silent: true, verbose: false }, false)) as {
      filename: string;
      content: string;
    }[];
    const expected = Object.fromEntries(outputs.map((output) => [basename(output.filename), output.content]));
    const committed = Object.fromEntries(
      await Promise.all(
        (await readdir(GENERATED_DIR)).map(async (name) => [name, await readFile(join(GENERATED_DIR, name), "utf8")]),
      ),
    );
    expect(Object.keys(committed).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, content] of Object.entries(expected))
      expect(committed[name], `${name} is out of date: run npm run codegen:explorer`).toBe(content);
    // Every operation the page sends is among them.
    expect(expected["graphql.ts"]).toContain("ExplorerCommitmentChangedSubscription");
    expect(expected["graphql.ts"]).toContain("ExplorerMeetingsQuery");
  });
});
