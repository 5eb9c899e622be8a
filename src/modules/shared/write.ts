// How every mutation writes: in one transaction, replayed for a repeated idempotency key, with
// database refusals turned into typed errors (a taken slug is a conflict naming the field).
import { createHash } from "node:crypto";
import type { z } from "zod";
import { Prisma } from "../../generated/prisma/client.js";
import { db, type Transaction } from "../../infra/db.js";
import type { Caller, Context } from "../../server/context.js";
import {
  CommitOutcomeUnknownError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  quoted,
  ValidationError,
} from "./errors.js";

export interface WriteOptions {
  /** Names the mutation; a key reused for another operation or input is a conflict. */
  operation: string;
  input: unknown;
  /** For writes larger than a record or two (a dataset import); the client's default otherwise. */
  timeoutMs?: number;
}

/**
 * What the caller of a service adds to a write. Services return the id of the row they wrote and
 * the caller says, in `result`, what to read of it: that read runs inside the same transaction,
 * so the answer is exactly what this write made (not another writer's change committed just
 * after) and a write that committed is never answered with the failure of a later read.
 */
export interface WriteRequest<T> {
  idempotencyKey?: string | null;
  result: (tx: Transaction, id: string) => Promise<T>;
}

/**
 * Runs `work` in a transaction and answers with `result` of the id it produced, read in the same
 * transaction. With an idempotency key, the first successful id is stored in the same
 * transaction; a retry (even a concurrent one, which waits on the key's row) gets the record as
 * it is now and writes nothing. A connection lost while committing leaves the outcome unknown,
 * which is said as such (CommitOutcomeUnknownError), apart from a write that certainly failed.
 */
export async function write<T>(
  ctx: Context,
  options: WriteOptions & WriteRequest<T>,
  work: (tx: Transaction, caller: Caller) => Promise<string>,
): Promise<T> {
  const caller = ctx.caller;
  if (!caller) throw new ForbiddenError("This needs credentials: send Authorization: Bearer <API key>");
  let committing = false;
  try {
    return await db.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('accord.actor', ${caller.apiKeyId}, true)`;
        const written = await idOfWrite(tx, caller, options, work);
        const result = await options.result(tx, written.id).catch((error) => {
          throw written.replayed && isMissing(error) ? replayedRecordGone(options) : error;
        });
        committing = true;
        return result;
      },
      options.timeoutMs ? { timeout: options.timeoutMs } : undefined,
    );
  } catch (error) {
    if (committing && isDatabaseUnreachable(error)) throw new CommitOutcomeUnknownError(options.idempotencyKey != null);
    throw asExpectedError(error);
  }
}

async function idOfWrite(
  tx: Transaction,
  caller: Caller,
  options: WriteOptions & WriteRequest<unknown>,
  work: (tx: Transaction, caller: Caller) => Promise<string>,
): Promise<{ id: string; replayed: boolean }> {
  if (!options.idempotencyKey) return { id: await work(tx, caller), replayed: false };
  const inputHash = createHash("sha256").update(JSON.stringify(options.input)).digest("hex");
  const claimed = await tx.$executeRaw`
    INSERT INTO idempotency_record (caller_id, key, operation, input_hash, result)
    VALUES (${caller.apiKeyId}::uuid, ${options.idempotencyKey}, ${options.operation}, ${inputHash}, '{}'::jsonb)
    ON CONFLICT DO NOTHING`;
  if (claimed === 0) return { id: await replay(tx, caller, options, inputHash), replayed: true };
  const id = await work(tx, caller);
  await tx.idempotencyRecord.update({
    where: { callerId_key: { callerId: caller.apiKeyId, key: options.idempotencyKey } },
    data: { result: { id } },
  });
  return { id, replayed: false };
}

async function replay(
  tx: Transaction,
  caller: Caller,
  options: WriteOptions & WriteRequest<unknown>,
  inputHash: string,
): Promise<string> {
  const record = await tx.idempotencyRecord.findUniqueOrThrow({
    where: { callerId_key: { callerId: caller.apiKeyId, key: options.idempotencyKey as string } },
  });
  if (record.operation !== options.operation || record.inputHash !== inputHash) {
    throw new ConflictError(
      `Idempotency key "${quoted(options.idempotencyKey as string)}" was already used for a different ${record.operation === options.operation ? "input" : `operation (${record.operation})`}`,
      "idempotencyKey",
    );
  }
  return (record.result as { id: string }).id;
}

const isMissing = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";

function replayedRecordGone(options: WriteOptions & WriteRequest<unknown>): ConflictError {
  return new ConflictError(
    `Idempotency key "${quoted(options.idempotencyKey as string)}" was already used: ${options.operation} succeeded then, but what it wrote has since been deleted, so there is nothing to return; use a new key to write again`,
    "idempotencyKey",
  );
}

/** The connection, not the statement, failed: PostgreSQL may or may not have committed. */
function isDatabaseUnreachable(error: unknown): boolean {
  for (
    let cause = error, depth = 0;
    cause && typeof cause === "object" && depth < 5;
    cause = (cause as { cause?: unknown }).cause, depth++
  ) {
    const { message, code, originalCode } = cause as { message?: string; code?: string; originalCode?: string };
    if (/^(08|57P)/.test(`${originalCode ?? code ?? ""}`) || UNREACHABLE.test(`${message} ${code}`)) return true;
  }
  return false;
}

// "Server has closed the connection" / ConnectionClosed / P1017: Prisma's words for the same loss.
const UNREACHABLE =
  /ECONNRESET|EPIPE|ETIMEDOUT|Connection terminated|terminating connection|server closed the connection|server has closed the connection|ConnectionClosed|P1017|connection is closed/i;

/** Maps what PostgreSQL refused to the typed errors clients can act on; anything else stays unexpected. */
export function asExpectedError(error: unknown): unknown {
  if (
    error instanceof ValidationError ||
    error instanceof NotFoundError ||
    error instanceof ConflictError ||
    error instanceof ForbiddenError ||
    error instanceof CommitOutcomeUnknownError
  )
    return error;
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const meta = (error.meta ?? {}) as {
      target?: string[] | string;
      modelName?: string;
      driverAdapterError?: { cause?: { table?: string; constraint?: { fields?: string[]; index?: string } } };
    };
    if (error.code === "P2002") {
      const cause = meta.driverAdapterError?.cause;
      const field =
        cause?.constraint?.fields?.join(", ") ??
        uniqueFieldOf(cause?.table, cause?.constraint?.index) ??
        (Array.isArray(meta.target) ? meta.target.join(", ") : (meta.target ?? null));
      return new ConflictError(`A ${meta.modelName ?? "record"} with this ${field ?? "value"} already exists`, field);
    }
    if (error.code === "P2003")
      return new ConflictError(
        "Other records still depend on this one (or it refers to a record that does not exist)",
        null,
      );
    if (error.code === "P2025") return new NotFoundError(meta.modelName ?? "Record", "in the input");
  }
  const message = error instanceof Error ? error.message : "";
  // Rules enforced by triggers and check constraints (citations, organization cycles).
  const rule =
    /(citation quote does not occur[^\n"]*|cannot be placed under its own descendant[^\n"]*|is cited; its body cannot change)/.exec(
      message,
    );
  if (rule) return new ValidationError([{ path: ["input"], message: rule[1] as string }]);
  return error;
}

/** Index "person_slug_key" on table "person" -> "slug" (Prisma's naming of unique indexes). */
function uniqueFieldOf(table: string | undefined, index: string | undefined): string | null {
  if (!table || !index?.startsWith(`${table}_`) || !index.endsWith("_key")) return null;
  return index.slice(table.length + 1, -"_key".length);
}

/** Parses input with a zod schema; issues keep their paths, prefixed with "input". */
export function parseInput<S extends z.ZodTypeAny>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new ValidationError(
    parsed.error.issues.map((issue) => ({ path: ["input", ...issue.path.map(String)], message: issue.message })),
  );
}

/**
 * Optimistic concurrency: applies `update` only when the stored version is the one the client
 * read, bumping it; otherwise tells stale from missing.
 */
export async function updateAtVersion(
  typename: string,
  globalId: string,
  expectedVersion: number,
  update: () => Promise<{ count: number }>,
  current: () => Promise<{ version: number } | null>,
): Promise<void> {
  const { count } = await update();
  if (count === 1) return;
  const row = await current();
  if (!row) throw new NotFoundError(typename, globalId);
  throw new ConflictError(
    `${typename} ${globalId} is at version ${row.version}, not ${expectedVersion}: reload it and apply your change again`,
    "expectedVersion",
  );
}
