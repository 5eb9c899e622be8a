// What every mutation shares: the editor scope, typed errors, the idempotency key, and a payload
// read inside the write's own transaction. A mutation declares its input type, calls its service
// with `writtenRow` or `deletedRecord`, and says nothing else.
import type { Transaction } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";
import { encodeGlobalId } from "../../schema/global-id.js";
import { refersTo } from "../../schema/references.js";
import type { WriteRequest } from "./write.js";

/** Editors only; expected failures are members of the result union (errors plugin). */
export const editorMutation = { authScopes: { editor: true }, errors: {} } as const;

import { longText } from "../../schema/input-limits.js";

export const idempotencyKeyArg = builder.args((t) => ({
  idempotencyKey: t.string({
    required: false,
    description:
      "Any unique string. A retry with the same key returns the first result and writes nothing again (for 24 hours or more).",
  }),
}));

export const DeletedRef = builder.objectRef<{ id: string }>("Deleted").implement({
  description: "A record that was deleted.",
  fields: (t) => ({ id: t.id({ description: "The global id it had.", resolve: (deleted) => deleted.id }) }),
});

export const DeleteInput = builder.inputType("DeleteInput", {
  description: "Which record to delete.",
  fields: (t) => ({
    id: t.id({
      description: "The record, by global id or slug.",
      ...refersTo("Person", "Organization", "Position", "Meeting", "Commitment"),
    }),
  }),
});

export const MergeInputRef = builder.inputType("MergeInput", {
  description: "Two records that are the same: `merged` disappears into `survivor`.",
  fields: (t) => ({
    survivor: t.id({
      description: "The record that remains, by global id or slug.",
      ...refersTo("Person", "Organization"),
    }),
    merged: t.id({
      description:
        "The duplicate, by global id or slug; its relations move to the survivor and its id and slug keep resolving to it.",
      ...refersTo("Person", "Organization"),
    }),
  }),
});

export const CitationInputRef = builder.inputType("CitationInput", {
  description: "The excerpt a fact is drawn from. The quote must occur verbatim in the document.",
  fields: (t) => ({
    document: t.id({ description: "The source document, by global id or slug.", ...refersTo("SourceDocument") }),
    quote: t.string({ ...longText, description: "The exact text, as it appears in the document." }),
    occurrence: t.int({
      required: false,
      description: "Which occurrence (1-based) when the quote appears more than once.",
    }),
  }),
});

/**
 * A mutation result that asks only for `__typename` gives Prisma an empty selection, which it
 * refuses; selecting the id keeps such a result valid.
 */
function selectingSomething<Q extends object>(query: Q): Q {
  return "select" in query && Object.keys(query.select as object).length === 0
    ? ({ ...query, select: { id: true } } as Q)
    : query;
}

interface RowReader<Row> {
  findUniqueOrThrow(args: { where: { id: string } }): PromiseLike<Row>;
}

/** The written row with the mutation's selection (`query`), read in the write's transaction. */
export function writtenRow<Row>(
  table: (tx: Transaction) => RowReader<Row>,
  query: object,
  args: { idempotencyKey?: string | null },
): WriteRequest<Row> {
  return {
    idempotencyKey: args.idempotencyKey,
    result: async (tx, id) => table(tx).findUniqueOrThrow({ ...selectingSomething(query), where: { id } }),
  };
}

/** The global id a deleted record had. */
export function deletedRecord(
  typename: string,
  args: { idempotencyKey?: string | null },
): WriteRequest<{ id: string }> {
  return { idempotencyKey: args.idempotencyKey, result: async (_tx, id) => ({ id: encodeGlobalId(typename, id) }) };
}
