// `npm run schema`: writes schema.graphql from the code-first schema. A test fails when the
// committed file differs, so API changes show up in review.
import { writeFileSync } from "node:fs";
import { env } from "../src/infra/env.js";

// Building the schema opens no connection, but the Prisma client needs a URL to exist.
env.DATABASE_URL ??= "postgresql://schema-printing@localhost/none";
const { printSchemaFile } = await import("../src/schema/print.js");
writeFileSync(new URL("../schema.graphql", import.meta.url), printSchemaFile());
console.log("Wrote schema.graphql");
