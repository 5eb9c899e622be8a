// API keys: `acc_<prefix>_<secret>`. The prefix finds the row; only a SHA-256 hash of the
// secret is stored (the secret is 32 random bytes, so a slow hash adds nothing).
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import type { Scope } from "../../generated/prisma/enums.js";
import { db, onPrimary } from "../../infra/db.js";
import type { Caller } from "../../server/context.js";

const KEY_PATTERN = /^acc_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

const hashOf = (secret: string) => createHash("sha256").update(secret).digest("hex");

/** Creates a key; the returned `key` is shown once and cannot be recovered later. */
export async function createApiKey({ name, scopes }: { name: string; scopes: Scope[] }) {
  if (!name.trim()) throw new Error("An API key needs a name saying who or what uses it");
  if (scopes.length === 0) throw new Error("An API key needs at least one scope (EDITOR or ADMIN)");
  const prefix = randomBytes(9)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "0")
    .slice(0, 12);
  const secret = randomBytes(32).toString("base64url");
  const record = await db.apiKey.create({ data: { name, prefix, secretHash: hashOf(secret), scopes } });
  return { id: record.id, name, prefix, scopes, key: `acc_${prefix}_${secret}` };
}

export function listApiKeys() {
  return db.apiKey.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, prefix: true, scopes: true, createdAt: true, revokedAt: true },
  });
}

export async function revokeApiKey(prefix: string): Promise<boolean> {
  const { count } = await db.apiKey.updateMany({ where: { prefix, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}

export type Authentication = { caller: Caller | null; credentialProblem: string | null };

/** Reads `Authorization: Bearer <key>` (or `X-API-Key`); no header means an anonymous caller. */
export async function authenticate(headers: Headers): Promise<Authentication> {
  const bearer = headers.get("authorization");
  const presented = bearer?.match(/^Bearer\s+(\S+)$/i)?.[1] ?? headers.get("x-api-key");
  if (!presented) {
    return { caller: null, credentialProblem: bearer ? "The Authorization header must be `Bearer <API key>`" : null };
  }
  const match = KEY_PATTERN.exec(presented);
  if (!match)
    return {
      caller: null,
      credentialProblem: "The API key is malformed: keys look like acc_<12 characters>_<43 characters>",
    };
  const [, prefix, secret] = match as unknown as [string, string, string];
  // On the primary: a key revoked a moment ago must not pass on a replica that lags.
  const record = await onPrimary(() => db.apiKey.findUnique({ where: { prefix } }));
  const expected = record ? Buffer.from(record.secretHash, "hex") : Buffer.alloc(32);
  const matches = timingSafeEqual(expected, Buffer.from(hashOf(secret), "hex"));
  if (!record || !matches) return { caller: null, credentialProblem: "The API key is not valid" };
  if (record.revokedAt)
    return {
      caller: null,
      credentialProblem: `The API key "${record.name}" was revoked on ${record.revokedAt.toISOString()}`,
    };
  return { caller: { apiKeyId: record.id, name: record.name, scopes: record.scopes }, credentialProblem: null };
}
