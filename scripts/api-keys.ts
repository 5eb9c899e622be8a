// `npm run apikey -- create <name> [--scope editor|admin]...`, `npm run apikey -- list`,
// `npm run apikey -- revoke <prefix>`. Uses DATABASE_URL, or the embedded database.
import { parseArgs } from "node:util";
import type { Scope } from "../src/generated/prisma/enums.js";
import { migrate, openDatabase } from "../src/infra/database.js";
import { env } from "../src/infra/env.js";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { scope: { type: "string", multiple: true } },
});
const [command, argument] = positionals;
const usage = "Usage: npm run apikey -- create <name> [--scope editor|admin]... | list | revoke <prefix>";

const database = await openDatabase(env);
env.DATABASE_URL = database.url;
await migrate(database.url);
const { closeDb } = await import("../src/infra/db.js");
const { createApiKey, listApiKeys, revokeApiKey } = await import("../src/modules/auth/api-key.service.js");
try {
  if (command === "create" && argument) {
    const scopes = (values.scope ?? ["editor"]).map((scope) => scope.toUpperCase());
    const invalid = scopes.filter((scope) => scope !== "EDITOR" && scope !== "ADMIN");
    if (invalid.length) throw new Error(`Unknown scope ${invalid.join(", ")}: use editor or admin`);
    const created = await createApiKey({ name: argument, scopes: scopes as Scope[] });
    console.log(`Created API key "${created.name}" (${created.scopes.join(", ")}), prefix ${created.prefix}.`);
    console.log("Send it as `Authorization: Bearer <key>`. It is shown only this once:");
    console.log(created.key);
  } else if (command === "list") {
    console.table(
      (await listApiKeys()).map((key) => ({
        ...key,
        scopes: key.scopes.join(","),
        status: key.revokedAt ? "revoked" : "active",
      })),
    );
  } else if (command === "revoke" && argument) {
    console.log(
      (await revokeApiKey(argument))
        ? `Revoked the key with prefix ${argument}.`
        : `No active key has prefix ${argument}.`,
    );
  } else {
    console.error(usage);
    process.exitCode = 2;
  }
} catch (error) {
  console.error(`apikey: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await closeDb();
  await database.stop();
}
