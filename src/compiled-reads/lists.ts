// Lists and Relay connections of rows, as plugin-prisma pages them: `take` is the page size plus
// one (the extra row only says whether another page follows), ties in the order broken by the
// Prisma `orderBy` itself, cursors of the `id`, totalCount over the same filter.
import { type GraphQLObjectType, getNamedType, isObjectType, type SelectionSetNode } from "graphql";
import { afterCursorSql, foreignCursorSql, ordersByNullable } from "./cursors.js";
import { column, idField, NotCompilable, table } from "./datamodel.js";
import { type Ctx, collectFields, type Documents, isIncluded, subSelections } from "./selection.js";
import { cursorSql, jsonObject, literal } from "./statement.js";
import { orderBySql, whereSql } from "./where.js";

/** The Prisma arguments of a list or page: a relation's `query`, or a root field's. */
export interface PrismaQuery {
  where?: unknown;
  orderBy?: unknown;
  take?: number;
  skip?: number;
  cursor?: unknown;
}

type RowJson = (ctx: Ctx, alias: string) => string;
/** The join to the parent row for a relation; null for a root list. */
type Link = ((inner: string) => string) | null;

function conditions(
  ctx: Ctx,
  model: string,
  alias: string,
  link: Link,
  where: unknown,
  extra: string | null = null,
): string {
  const parts = [link?.(alias) ?? null, whereSql(ctx.statement, model, alias, where), extra].filter(
    (part) => part !== null,
  );
  return parts.length ? ` WHERE ${parts.join(" AND ")}` : "";
}

/** A JSON array of every matching row, in order. */
export function listJson(ctx: Ctx, model: string, link: Link, query: PrismaQuery, item: RowJson): string {
  if (query.take !== undefined || query.skip || query.cursor)
    throw new NotCompilable(`a ${model} list with take, skip or cursor`);
  const row = ctx.statement.alias();
  const order = orderBySql(ctx.statement, model, row, query.orderBy);
  const orderBy = order.length ? ` ORDER BY ${order.join(", ")}` : "";
  return `coalesce((SELECT json_agg(${item(ctx, row)}${orderBy}) FROM ${table(model)} ${row}${conditions(ctx, model, row, link, query.where)}), '[]'::json)`;
}

type ConnectionJson = (ctx: Ctx, model: string, link: Link, query: PrismaQuery) => string;
type ObjectOf = (type: GraphQLObjectType, selectionSets: SelectionSetNode[]) => RowJson;

/** A connection's JSON: totalCount, edges (cursor, node) and pageInfo, as selected. */
export function connectionJson(
  docs: Documents,
  type: GraphQLObjectType,
  selectionSets: SelectionSetNode[],
  where: string,
  objectOf: ObjectOf,
): ConnectionJson {
  const part = (name: string, sets: SelectionSetNode[]) => {
    const fieldType = type.getFields()[name]?.type;
    const named = fieldType && getNamedType(fieldType);
    if (!isObjectType(named)) throw new NotCompilable(`${where}: ${type.name}.${name}`);
    return { named, fields: collectFields(docs, named, sets) };
  };
  const fields = collectFields(docs, type, selectionSets).map((field) => {
    if (field.name === "__typename" || field.name === "totalCount") return { field };
    if (field.name === "edges") {
      const edges = part("edges", subSelections(field));
      const node = edges.fields.find((f) => f.name === "node");
      const nodeType = edges.named.getFields().node?.type;
      const nodeJson =
        node && nodeType ? objectOf(getNamedType(nodeType) as GraphQLObjectType, subSelections(node)) : undefined;
      for (const edgeField of edges.fields)
        if (!["node", "cursor", "__typename"].includes(edgeField.name))
          throw new NotCompilable(`${where}: ${edges.named.name}.${edgeField.name}`);
      return { field, edges: { ...edges, nodeJson } };
    }
    if (field.name === "pageInfo") {
      const pageInfo = part("pageInfo", subSelections(field));
      for (const infoField of pageInfo.fields)
        if (!["hasNextPage", "hasPreviousPage", "startCursor", "endCursor", "__typename"].includes(infoField.name))
          throw new NotCompilable(`${where}: PageInfo.${infoField.name}`);
      return { field, pageInfo };
    }
    throw new NotCompilable(`${where}: ${type.name}.${field.name}`);
  });

  return (ctx, model, link, query) => {
    const { take, skip = 0, cursor } = query;
    if (take === undefined || !Number.isInteger(take) || take < 1)
      throw new NotCompilable(`${where}: paging backwards`);
    const cursorId = (cursor as { id?: unknown } | undefined)?.id;
    if (cursor !== undefined ? typeof cursorId !== "string" || skip !== 1 : skip !== 0)
      throw new NotCompilable(`${where}: a cursor that is not an id`);
    const size = take - 1;
    const row = ctx.statement.alias();
    const page = ctx.statement.alias();
    // Only totalCount (or nothing) asked for: the page is not read at all, as plugin-prisma does.
    const readsPage = fields.some(({ field, edges, pageInfo }) => (edges || pageInfo) && isIncluded(ctx, field));
    const order = readsPage ? orderBySql(ctx.statement, model, row, query.orderBy).join(", ") : "";
    let after: string | null = null;
    // A cursor naming no row of the model: the resolvers refuse it, whether the page is read or not.
    if (link && typeof cursorId === "string") ctx.fallbackWhen.push(foreignCursorSql(ctx.statement, model, cursorId));
    if (readsPage && typeof cursorId === "string") {
      after = afterCursorSql(ctx.statement, model, row, query.orderBy, cursorId);
      if (link) {
        if (ordersByNullable(model, query.orderBy))
          throw new NotCompilable(`${where}: paging from a cursor in an order by a nullable column`);
      } else {
        // The resolvers answer for a cursor that is not in the list: they page it in memory, or refuse it as foreign.
        const listed = ctx.statement.alias();
        const id = `${listed}.${column(model, idField(model))} = ${ctx.statement.param(cursorId)}`;
        ctx.fallbackWhen.push(
          `NOT EXISTS (SELECT 1 FROM ${table(model)} ${listed}${conditions(ctx, model, listed, null, query.where, id)})`,
        );
      }
    }
    const rows =
      readsPage &&
      `(SELECT ${row}.*, row_number() OVER (${order ? `ORDER BY ${order}` : ""}) AS "__n" FROM ${table(model)} ${row}${conditions(ctx, model, row, link, query.where, after)}${order ? ` ORDER BY ${order}` : ""} LIMIT ${take}) ${page}`;
    const onPage = `FILTER (WHERE ${page}."__n" <= ${size})`;
    // Every connection pages by `cursor: "id"`, which plugin-prisma encodes as a string chunk.
    const cursorOf = `${page}.${column(model, idField(model))}`;
    const entries = fields
      .filter(({ field }) => isIncluded(ctx, field))
      .map(({ field, edges, pageInfo }): [string, string] => {
        if (field.name === "__typename") return [field.responseKey, literal(type.name)];
        if (field.name === "totalCount") {
          const counted = ctx.statement.alias();
          return [
            field.responseKey,
            `(SELECT count(*) FROM ${table(model)} ${counted}${conditions(ctx, model, counted, link, query.where)})`,
          ];
        }
        if (edges) {
          const edge = jsonObject(
            edges.fields
              .filter((f) => isIncluded(ctx, f))
              .map((f): [string, string] => [
                f.responseKey,
                f.name === "cursor"
                  ? cursorSql(cursorOf)
                  : f.name === "node" && edges.nodeJson
                    ? edges.nodeJson(ctx, page)
                    : literal(edges.named.name),
              ]),
          );
          return [field.responseKey, `coalesce(json_agg(${edge} ORDER BY ${page}."__n") ${onPage}, '[]'::json)`];
        }
        const info = (pageInfo?.fields ?? [])
          .filter((f) => isIncluded(ctx, f))
          .map((f): [string, string] => {
            if (f.name === "hasNextPage") return [f.responseKey, `count(*) > ${size}`];
            if (f.name === "hasPreviousPage") return [f.responseKey, cursor === undefined ? "false" : "true"];
            if (f.name === "startCursor")
              return [f.responseKey, `(array_agg(${cursorSql(cursorOf)} ORDER BY ${page}."__n") ${onPage})[1]`];
            if (f.name === "endCursor")
              return [f.responseKey, `(array_agg(${cursorSql(cursorOf)} ORDER BY ${page}."__n" DESC) ${onPage})[1]`];
            return [f.responseKey, literal(pageInfo?.named.name ?? "PageInfo")];
          });
        return [field.responseKey, jsonObject(info)];
      });
    return rows ? `(SELECT ${jsonObject(entries)} FROM ${rows})` : jsonObject(entries);
  };
}
