// Prisma `where` and `orderBy` arguments as SQL. The filters in src/modules/**/*.filter.ts stay the
// one definition of what a filter means: this translates the Prisma arguments they produce, with
// Prisma's own semantics (an empty condition is no condition, an OR of none matches nothing,
// `contains` is an unescaped ILIKE). Anything it does not know is NotCompilable, and the request
// runs through the resolvers instead.
import { column, NotCompilable, relation, table } from "./datamodel.js";
import { SqlValue, type Statement } from "./statement.js";

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Date) &&
  !(value instanceof SqlValue);

const all = (conditions: Array<string | null>, none: string | null): string | null => {
  const present = conditions.filter((c): c is string => c !== null);
  return present.length === 0 ? none : present.length === 1 ? (present[0] as string) : `(${present.join(" AND ")})`;
};

/**
 * The condition for `where` on the row `alias` of `model`; null when it places no condition.
 * Prisma drops empty conditions at every level, except that an OR left empty at the top of a
 * `where` matches nothing (measured on Prisma 6.19: `{ OR: [] }` is 1=0, `{ AND: [{ OR: [] }] }` 1=1).
 */
export function whereSql(
  statement: Statement,
  model: string,
  alias: string,
  where: unknown,
  top = true,
): string | null {
  if (where === undefined || where === null) return null;
  if (!isPlainObject(where)) throw new NotCompilable(`a ${model} filter that is not an object`);
  return all(
    Object.entries(where).map(([key, value]) => keySql(statement, model, alias, key, value, top)),
    null,
  );
}

function keySql(
  statement: Statement,
  model: string,
  alias: string,
  key: string,
  value: unknown,
  top: boolean,
): string | null {
  if (value === undefined) return null;
  const list = (items: unknown) =>
    (Array.isArray(items) ? items : [items]).map((item) => whereSql(statement, model, alias, item, false));
  if (key === "AND") return all(list(value), null);
  if (key === "OR") {
    const present = list(value).filter((c): c is string => c !== null);
    return present.length === 0 ? (top ? "FALSE" : null) : `(${present.join(" OR ")})`;
  }
  if (key === "NOT")
    return all(
      list(value).map((c) => (c === null ? null : `NOT ${c}`)),
      null,
    );
  const related = relation(model, key);
  if (related) return relationSql(statement, model, alias, key, value);
  return scalarSql(statement, `${alias}.${column(model, key)}`, value, `${model}.${key}`);
}

function relationSql(statement: Statement, model: string, alias: string, name: string, value: unknown): string | null {
  const rel = relation(model, name);
  if (!rel) throw new NotCompilable(`${model}.${name} is not a relation`);
  const inner = statement.alias();
  const exists = (condition: string | null) =>
    `EXISTS (SELECT 1 FROM ${table(rel.model)} ${inner} WHERE ${rel.join(alias, inner)}${condition ? ` AND ${condition}` : ""})`;
  if (rel.isList) {
    if (!isPlainObject(value))
      throw new NotCompilable(`${model}.${name}: a list relation filter needs some, none or every`);
    const conditions = Object.entries(value).map(([quantifier, where]) => {
      const condition = whereSql(statement, rel.model, inner, where);
      if (quantifier === "some") return exists(condition);
      if (quantifier === "none") return `NOT ${exists(condition)}`;
      if (quantifier === "every") return condition === null ? null : `NOT ${exists(`NOT ${condition}`)}`;
      throw new NotCompilable(`${model}.${name}: relation filter "${quantifier}"`);
    });
    return all(conditions, null);
  }
  if (value === null) return `NOT ${exists(null)}`;
  if (!isPlainObject(value)) throw new NotCompilable(`${model}.${name}: a relation filter that is not an object`);
  if ("is" in value || "isNot" in value) {
    const { is, isNot, ...rest } = value;
    if (Object.keys(rest).length) throw new NotCompilable(`${model}.${name}: is/isNot mixed with fields`);
    return all(
      [
        is === undefined
          ? null
          : is === null
            ? `NOT ${exists(null)}`
            : exists(whereSql(statement, rel.model, inner, is)),
        isNot === undefined
          ? null
          : isNot === null
            ? exists(null)
            : `NOT ${exists(whereSql(statement, rel.model, inner, isNot))}`,
      ],
      null,
    );
  }
  return exists(whereSql(statement, rel.model, inner, value));
}

const COMPARISONS: Record<string, string> = { lt: "<", lte: "<=", gt: ">", gte: ">=" };

function scalarSql(statement: Statement, col: string, value: unknown, what: string): string | null {
  if (value === null) return `${col} IS NULL`;
  if (!isPlainObject(value)) return `${col} = ${statement.param(value)}`;
  const insensitive = value.mode === "insensitive";
  const conditions = Object.entries(value).map(([operator, operand]) => {
    if (operand === undefined || operator === "mode") return null;
    if (operator === "equals") return operand === null ? `${col} IS NULL` : `${col} = ${statement.param(operand)}`;
    if (operator === "not" && operand === null) return `${col} IS NOT NULL`;
    if (operator === "in" && Array.isArray(operand)) return `${col} = ANY (${statement.param(operand)})`;
    if (operator === "has") return `${col} @> ${statement.param([operand])}`;
    if (operator === "hasSome" && Array.isArray(operand)) return `${col} && ${statement.param(operand)}`;
    if (COMPARISONS[operator] && operand !== null) return `${col} ${COMPARISONS[operator]} ${statement.param(operand)}`;
    const pattern = {
      contains: (s: string) => `%${s}%`,
      startsWith: (s: string) => `${s}%`,
      endsWith: (s: string) => `%${s}`,
    }[operator];
    if (pattern && typeof operand === "string")
      return `${col} ${insensitive ? "ILIKE" : "LIKE"} ${statement.param(pattern(operand))}`;
    throw new NotCompilable(`${what}: filter operator "${operator}"`);
  });
  return all(conditions, null);
}

/** ORDER BY items for Prisma's `orderBy` (a list, or one object) on the row `alias` of `model`. */
export function orderBySql(statement: Statement, model: string, alias: string, orderBy: unknown): string[] {
  if (orderBy === undefined || orderBy === null) return [];
  return (Array.isArray(orderBy) ? orderBy : [orderBy]).map((item) => {
    if (!isPlainObject(item) || Object.keys(item).length !== 1)
      throw new NotCompilable(`${model}: an orderBy item must name one field`);
    const [[field, direction]] = Object.entries(item) as [[string, unknown]];
    const rel = relation(model, field);
    if (rel) {
      if (rel.isList) throw new NotCompilable(`${model}.${field}: ordering by a list relation`);
      const inner = statement.alias();
      const [nested] = orderBySql(statement, rel.model, inner, direction);
      if (!nested) throw new NotCompilable(`${model}.${field}: empty relation order`);
      const [expression, ...rest] = splitOrder(nested);
      return `(SELECT ${expression} FROM ${table(rel.model)} ${inner} WHERE ${rel.join(alias, inner)}) ${rest.join(" ")}`;
    }
    return `${alias}.${column(model, field)} ${direction_(direction, `${model}.${field}`)}`;
  });
}

function direction_(direction: unknown, what: string): string {
  if (direction === "asc" || direction === "desc") return direction.toUpperCase();
  if (isPlainObject(direction) && (direction.sort === "asc" || direction.sort === "desc")) {
    const nulls = direction.nulls === "first" ? " NULLS FIRST" : direction.nulls === "last" ? " NULLS LAST" : "";
    return `${direction.sort.toUpperCase()}${nulls}`;
  }
  throw new NotCompilable(`${what}: order direction ${JSON.stringify(direction)}`);
}

/** "expr DIR [NULLS x]" → [expr, DIR...]: the nested item's expression moves into a subquery. */
function splitOrder(item: string): string[] {
  const match = /^(.*) (ASC|DESC)((?: NULLS (?:FIRST|LAST))?)$/.exec(item);
  if (!match) throw new NotCompilable(`unexpected order item ${item}`);
  return [match[1] as string, `${match[2]}${match[3]}`];
}
