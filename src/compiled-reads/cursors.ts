// Paging after a cursor with the meaning Prisma gives it (measured on Prisma 6.19): the rows that
// follow the cursor row in the list's order, nulls placed as the order places them. The cursor
// row's values are read by subquery; every order ends with the id, so "follows" is strict.
// Prisma pages a list ordered by a nullable column in memory, which only agrees with SQL when the
// cursor row is in the list: callers make sure it is (root lists check, relations refuse).
import { column, idField, isNullable, NotCompilable, relation, table } from "./datamodel.js";
import type { Statement } from "./statement.js";

interface OrderColumn {
  field: string;
  descending: boolean;
  nullsFirst: boolean;
}

export function orderColumns(model: string, orderBy: unknown): OrderColumn[] {
  return (Array.isArray(orderBy) ? orderBy : [orderBy]).map((item) => {
    const [[field, direction]] = Object.entries(item as Record<string, unknown>) as [[string, unknown]];
    if (relation(model, field)) throw new NotCompilable(`${model}: paging from a cursor in an order by a relation`);
    const { sort, nulls } =
      typeof direction === "string"
        ? { sort: direction, nulls: undefined }
        : (direction as { sort?: string; nulls?: string });
    const descending = sort === "desc";
    // PostgreSQL's default, which Prisma leaves in place: nulls sort as if larger than any value.
    return { field, descending, nullsFirst: nulls ? nulls === "first" : descending };
  });
}

/** Whether any order column may be null (Prisma then pages in memory). */
export const ordersByNullable = (model: string, orderBy: unknown) =>
  orderColumns(model, orderBy).some(({ field }) => isNullable(model, field));

/** The condition that keeps the rows after the cursor row. */
export function afterCursorSql(
  statement: Statement,
  model: string,
  alias: string,
  orderBy: unknown,
  cursorId: string,
): string {
  const columns = orderColumns(model, orderBy);
  if (columns.at(-1)?.field !== idField(model))
    throw new NotCompilable(`${model}: paging from a cursor in an order that does not end with the id`);
  const cursor = statement.param(cursorId);
  const at = (field: string) =>
    `(SELECT ${column(model, field)} FROM ${table(model)} WHERE ${column(model, idField(model))} = ${cursor})`;
  const after = ({ field, descending, nullsFirst }: OrderColumn) => {
    const own = `${alias}.${column(model, field)}`;
    const strict = `${own} ${descending ? "<" : ">"} ${at(field)}`;
    if (!isNullable(model, field)) return strict;
    const nullPart = nullsFirst
      ? `${own} IS NOT NULL AND ${at(field)} IS NULL`
      : `${own} IS NULL AND ${at(field)} IS NOT NULL`;
    return `(${strict} OR (${nullPart}))`;
  };
  const equal = ({ field }: OrderColumn) => `${alias}.${column(model, field)} IS NOT DISTINCT FROM ${at(field)}`;
  return `(${columns.map((col, i) => `(${[...columns.slice(0, i).map(equal), after(col)].join(" AND ")})`).join(" OR ")})`;
}

/**
 * True when the cursor names no row of the model at all: a cursor from another list. The
 * resolvers refuse it (src/schema/cursors.ts), so the request falls back to them.
 */
export function foreignCursorSql(statement: Statement, model: string, cursorId: string): string {
  const row = statement.alias();
  return `NOT EXISTS (SELECT 1 FROM ${table(model)} ${row} WHERE ${row}.${column(model, idField(model))} = ${statement.param(cursorId)})`;
}
