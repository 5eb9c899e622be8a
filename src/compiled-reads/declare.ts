// What a field means in SQL, declared next to the field in its module's graphql file and read by
// the compiled read path (src/compiled-reads/). Exposed columns, relations, related connections and
// relation counts need no declaration: the compiler reads them from plugin-prisma's field
// extensions and the Prisma datamodel. Only fields with a resolver of their own declare SQL here.
// This file imports nothing, so any module can use it without pulling in the compiler.

/** SQL for a column of the row in scope, named by its Prisma field (`col("datePrecision")`). */
export interface Columns {
  (prismaField: string): string;
  /**
   * A column of the row a to-one relation points at: `related("position", "title")`; a path of
   * to-one relations reaches further: `related("citation.document", "publishedOn")`.
   */
  related(relation: string, prismaField: string): string;
}

/** A record of a Prisma model, given by an SQL expression for its id (null when there is none). */
export interface SqlRow {
  kind: "row";
  model: string;
  id: string;
}

/** A plain object (KnownDate, CommitmentDue...): null unless `when` holds; each field's SQL by name. */
export interface SqlObject {
  kind: "object";
  when: string;
  fields: Record<string, string | SqlRow | SqlObject>;
}

/** A field's SQL: a scalar, an object or a record, computed from the row in scope. */
export type FieldSql = (columns: Columns) => string | SqlRow | SqlObject;

/**
 * A list of the rows of a relation (filtered and ordered with Prisma's own arguments), each
 * answered by one field of the related type: `Commitment.makers` lists `parties` as their `party`.
 */
export interface SqlThrough {
  relation: string;
  where?: object;
  orderBy: object[];
  field: string;
}

/** The Prisma arguments a root list reads with, from the field's arguments (the resolver uses the same function). */
type RootQuery = (args: never, context: never) => { where?: object; orderBy: readonly object[] };

/** How a root field reads its records: the Prisma model and the arguments its resolver gives Prisma. */
export type SqlRoot =
  | { kind: "connection"; model: string; query: RootQuery }
  | { kind: "list"; model: string; query: RootQuery }
  | { kind: "unique"; model: string; where: (args: never) => object }
  /** `node(id:)`: the record a global id names, of whichever Prisma-backed type it is. */
  | { kind: "node" };

/**
 * An enum field whose value is the first of `cases` whose Prisma `where` holds for the row, null
 * when none does; the cases come from the field's arguments and the request's context, made by
 * the same function as the resolver's (`Commitment.direction`).
 */
export type SqlCases = (args: never, context: never) => Array<readonly [value: string, where: object]>;

/** The field extensions the compiler reads. */
export interface CompiledReadExtensions {
  sql?: FieldSql;
  sqlCases?: SqlCases;
  sqlThrough?: SqlThrough;
  sqlOneOf?: string[];
  sqlRoot?: SqlRoot;
}

/** Declares a computed field's SQL: `extensions: sql((c) => \`upper(${c("slug")})\`)`. */
export const sql = (compute: FieldSql) => ({ sql: compute }) satisfies CompiledReadExtensions;

/** An enum field: the first value whose `where` the row matches. */
export const sqlCases = (cases: SqlCases) => ({ sqlCases: cases }) satisfies CompiledReadExtensions;

/** A union field whose value is whichever of these to-one relations is set. */
export const sqlOneOf = (relations: string[]) => ({ sqlOneOf: relations }) satisfies CompiledReadExtensions;

/** A list field answered by one field of each row of a relation. */
export const sqlThrough = (through: SqlThrough) => ({ sqlThrough: through }) satisfies CompiledReadExtensions;

/** A root field: how it reads its records, with the same Prisma arguments its resolver uses. */
export const sqlRoot = (root: SqlRoot) => ({ sqlRoot: root }) satisfies CompiledReadExtensions;

export const sqlRow = (model: string, id: string): SqlRow => ({ kind: "row", model, id });

export const sqlObject = (when: string, fields: SqlObject["fields"]): SqlObject => ({ kind: "object", when, fields });
