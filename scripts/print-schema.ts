// `npm run schema`: writes schema.graphql from the code-first schema. A test fails when the
// committed file differs, so API changes show up in review.
import { writeFileSync } from "node:fs";
import { printSchemaFile } from "../src/schema/print.js";

writeFileSync(new URL("../schema.graphql", import.meta.url), printSchemaFile());
console.log("Wrote schema.graphql");
