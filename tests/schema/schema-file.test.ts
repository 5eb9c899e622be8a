import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { printSchemaFile } from "../../src/schema/print.js";

test("the committed schema.graphql matches the code (run `npm run schema` after API changes)", () => {
  const committed = readFileSync(new URL("../../schema.graphql", import.meta.url), "utf8");
  expect(committed).toBe(printSchemaFile());
});
