import { test } from "vitest";
import { execute } from "../helpers/execute.js";
import { db } from "../../src/db.js";

const q = (s: string, v = {}) => execute(s, v).then((r) => console.log(JSON.stringify(r, null, 1)));

test("explore", async () => {
  const uuid = crypto.randomUUID();
  const unknown = Buffer.from("Meeting:" + uuid).toString("base64url");
  await q(`query($id: ID!) { meeting(id: $id) { id } }`, { id: unknown });
  try { console.log(await db.meeting.findUnique({ where: { id: uuid } })); } catch (e) { console.log("ERR", e); }
  await q(`query($id: ID!) { node(id: $id) { id } }`, { id: unknown });
  await q(`query($id: ID!) { meeting(slug: "nope") { id } }`);
});
