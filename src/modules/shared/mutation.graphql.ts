// Arguments every mutation takes besides its input.
import { builder } from "../../schema/builder.js";
import { longText } from "../../schema/input-limits.js";

export const idempotencyKeyArg = builder.args((t) => ({
  idempotencyKey: t.string({
    required: false,
    description: "Any unique string. A retry with the same key returns the first result and writes nothing again (for 24 hours or more).",
  }),
}));

export const DeletedRef = builder.objectRef<{ id: string }>("Deleted").implement({
  description: "A record that was deleted.",
  fields: (t) => ({ id: t.id({ description: "The global id it had.", resolve: (deleted) => deleted.id }) }),
});

export const DeleteInput = builder.inputType("DeleteInput", {
  description: "Which record to delete.",
  fields: (t) => ({ id: t.id({ description: "Its global id." }) }),
});

export const MergeInputRef = builder.inputType("MergeInput", {
  description: "Two records that are the same: `merged` disappears into `survivor`.",
  fields: (t) => ({
    survivor: t.id({ description: "Global id of the record that remains." }),
    merged: t.id({ description: "Global id of the duplicate; its relations move to the survivor and its id and slug keep resolving to it." }),
  }),
});

export const CitationInputRef = builder.inputType("CitationInput", {
  description: "The excerpt a fact is drawn from. The quote must occur verbatim in the document.",
  fields: (t) => ({
    document: t.id({ description: "Global id of the source document." }),
    quote: t.string({ ...longText, description: "The exact text, as it appears in the document." }),
    occurrence: t.int({ required: false, description: "Which occurrence (1-based) when the quote appears more than once." }),
  }),
});

/**
 * A mutation result that asks only for `__typename` gives Prisma an empty selection, which it
 * refuses after the write has committed; selecting the id keeps such a result valid.
 */
export function selectingSomething<Q extends object>(query: Q): Q {
  return "select" in query && Object.keys(query.select as object).length === 0 ? ({ ...query, select: { id: true } } as Q) : query;
}
