// The sizes every argument value must keep to, declared once. src/server/plugins/input-limits.ts
// checks them over each operation's arguments (literals and variables alike) before anything
// resolves, so a new filter or input is covered without code of its own. The README's Limits
// section lists them.

export const INPUT_LIMITS = {
  /** Input objects inside input objects: `filter: { not: { and: [{ name: ... }] } }` is 4 deep. */
  maxDepth: 8,
  /** Items in a list of scalars or ids (`in:`, `nodes(ids:)`, makers...). */
  maxListLength: 100,
  /** Items in a list of input objects (`or`, `and`): each filter in an `or` can be a join of its own. */
  maxObjectListLength: 20,
  /**
   * Values in all of an operation's arguments together (objects, list items and scalars). A
   * query's filters become one SQL statement that Prisma plans on the event loop (about 0.15 ms
   * per value measured); a mutation's input is written row by row, so it may carry more.
   */
  maxValues: { query: 300, mutation: 5_000 },
  /** Nesting inside a JSON argument (the dataset of importDataset). */
  maxJsonDepth: 32,
  /** Characters (UTF-16 code units) of any string or id not declared longer: names, slugs, titles, keys, search text. */
  shortText: 500,
  /** Statements, notes, summaries, quotes. */
  longText: 10_000,
  /** Document bodies and source texts. */
  documentText: 1_000_000,
} as const;

/** What an input field's `extensions` may declare instead of the defaults above. */
export interface InputLimitExtensions {
  maxLength?: number;
  /** Replaces maxListLength or maxObjectListLength for this field's list. */
  maxListLength?: number;
}

/** Spread into a string field's options: statements, notes, summaries, quotes. */
export const longText = { extensions: { maxLength: INPUT_LIMITS.longText } satisfies InputLimitExtensions };

/** Spread into a string field's options: document bodies and source texts. */
export const documentText = { extensions: { maxLength: INPUT_LIMITS.documentText } satisfies InputLimitExtensions };

/** Spread into a list field of input objects that a mutation writes row by row (participants, source texts): as long as a list of scalars. */
export const longObjectList = {
  extensions: { maxListLength: INPUT_LIMITS.maxListLength } satisfies InputLimitExtensions,
};
