// The JSON of one object in SQL. A Prisma-backed object is built from its row: exposed columns,
// global ids, relations, related connections and relation counts come from what plugin-prisma
// recorded on each field; a field with a resolver of its own compiles only when it declares its
// SQL (src/compiled-reads/declare.ts). Plain objects (KnownDate...) take their fields' SQL from
// the declaration of the field that returns them.
import {
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  getArgumentValues,
  getNamedType,
  getNullableType,
  isEnumType,
  isListType,
  isObjectType,
  isUnionType,
  type SelectionSetNode,
} from "graphql";
import { column, idField, NotCompilable, relation, table } from "./datamodel.js";
import type { Columns, CompiledReadExtensions, SqlObject, SqlRow } from "./declare.js";
import { connectionJson, listJson, type PrismaQuery } from "./lists.js";
import {
  type CollectedField,
  type Ctx,
  collectFields,
  type Documents,
  isIncluded,
  subSelections,
} from "./selection.js";
import { globalIdSql, jsonObject, literal, MAX_OBJECT_KEYS, Statement } from "./statement.js";
import { whereSql } from "./where.js";

/** JSON for the row `alias` of a model. */
export type RowJson = (ctx: Ctx, alias: string) => string;

interface PrismaFieldExtensions extends CompiledReadExtensions {
  pothosExposedField?: string;
  pothosPrismaRelationField?: { name: string };
  pothosPrismaSelect?: unknown;
  pothosOptions?: { authScopes?: unknown };
}

type SelectFn = (
  args: object,
  ctx: object,
  nested: (query: unknown) => unknown,
  selection: () => Set<string>,
) => unknown;

export const modelOf = (type: GraphQLObjectType) =>
  (type.extensions as { pothosPrismaModel?: string }).pothosPrismaModel;

/** The object type named after a model (plugin-prisma's default type for it). */
export function typeOfModel(docs: Documents, model: string): GraphQLObjectType {
  const type = docs.schema.getType(model);
  if (!isObjectType(type) || modelOf(type) !== model) throw new NotCompilable(`no object type for model ${model}`);
  return type;
}

export const argumentsOf = (ctx: Ctx, type: GraphQLObjectType, field: CollectedField) =>
  getArgumentValues(
    type.getFields()[field.name] as GraphQLField<unknown, unknown>,
    field.nodes[0] as never,
    ctx.variables,
  );

function columnsOf(statement: Statement, model: string, alias: string): Columns {
  const columns = (field: string) => `${alias}.${column(model, field)}`;
  // "citation.document": each step a to-one relation of the one before, joined in one subquery.
  columns.related = (path: string, field: string) => {
    let [from, fromModel] = [alias, model];
    const steps: Array<{ source: string; on: string }> = [];
    for (const name of path.split(".")) {
      const rel = relation(fromModel, name);
      if (!rel || rel.isList) throw new NotCompilable(`${fromModel}.${name} is not a to-one relation`);
      const inner = statement.alias();
      steps.push({ source: `${table(rel.model)} ${inner}`, on: rel.join(from, inner) });
      [from, fromModel] = [inner, rel.model];
    }
    const [first, ...rest] = steps as [(typeof steps)[0], ...typeof steps];
    const joins = rest.map((step) => ` JOIN ${step.source} ON ${step.on}`).join("");
    return `(SELECT ${from}.${column(fromModel, field)} FROM ${first.source}${joins} WHERE ${first.on})`;
  };
  return columns;
}

/** The JSON object for the selection on a row of `type`. */
export function rowObject(docs: Documents, type: GraphQLObjectType, selectionSets: SelectionSetNode[]): RowJson {
  const model = modelOf(type);
  if (!model) throw new NotCompilable(`${type.name} is not a Prisma object`);
  const fields = collectFields(docs, type, selectionSets);
  if (fields.length > MAX_OBJECT_KEYS)
    throw new NotCompilable(`${type.name}: more than ${MAX_OBJECT_KEYS} fields in one object`);
  const compiled = fields.map((field) => [field, rowField(docs, type, model, field)] as const);
  return (ctx, alias) =>
    jsonObject(
      compiled
        .filter(([field]) => isIncluded(ctx, field))
        .map(([field, json]) => [field.responseKey, json(ctx, alias)]),
    );
}

function rowField(docs: Documents, type: GraphQLObjectType, model: string, field: CollectedField): RowJson {
  if (field.name === "__typename") return () => literal(type.name);
  const definition = type.getFields()[field.name];
  if (!definition) throw new NotCompilable(`${type.name}.${field.name} is not a field`);
  const where = `${type.name}.${field.name}`;
  const ext = definition.extensions as PrismaFieldExtensions;
  if (ext.pothosOptions?.authScopes || (type.extensions as PrismaFieldExtensions).pothosOptions?.authScopes)
    throw new NotCompilable(`${where} has auth scopes, which only its resolver checks`);
  if (ext.sql) return declaredField(docs, ext.sql, model, definition.type, field, where);
  if (ext.sqlOneOf) return oneOfField(docs, ext.sqlOneOf, model, field);
  if (ext.sqlCases) return casesField(ext.sqlCases, type, model, field, where);
  if (ext.sqlThrough) {
    const { relation: name, where: filter, orderBy, field: itemField } = ext.sqlThrough;
    const rel = relation(model, name);
    if (!rel?.isList) throw new NotCompilable(`${where}: ${name} is not a list relation`);
    const itemType = typeOfModel(docs, rel.model);
    const item = rowField(docs, itemType, rel.model, { ...field, name: itemField });
    return (ctx, alias) =>
      listJson(ctx, rel.model, (inner) => rel.join(alias, inner), { where: filter, orderBy }, item);
  }
  if (ext.pothosExposedField) {
    const col = column(model, ext.pothosExposedField);
    return (_ctx, alias) => scalarJson(definition.type, `${alias}.${col}`, where);
  }
  if (field.name === "id" && type.getInterfaces().some((i) => i.name === "Node")) {
    const col = column(model, nodeIdField(type, model));
    return (_ctx, alias) => globalIdSql(type.name, `${alias}.${col}`);
  }
  if (ext.pothosPrismaRelationField) return relationField(docs, type, model, field, ext, where);
  const count = relationCount(ext);
  if (count) return countField(model, count, type, field);
  throw new NotCompilable(`${where} has a resolver and no SQL declaration`);
}

/** The column a node's global id encodes: its model's id, checked against the node's own id resolver. */
function nodeIdField(type: GraphQLObjectType, model: string): string {
  const resolveId = (
    type.extensions as { pothosOptions?: { id?: { resolve?: (row: object, args: object, ctx: object) => unknown } } }
  ).pothosOptions?.id?.resolve;
  const id = idField(model);
  const probe = `probe:${type.name}`;
  if (resolveId?.({ [id]: probe }, {}, {}) !== probe)
    throw new NotCompilable(`${type.name}.id does not encode the ${model} id column`);
  return id;
}

function relationField(
  docs: Documents,
  type: GraphQLObjectType,
  model: string,
  field: CollectedField,
  ext: PrismaFieldExtensions,
  where: string,
): RowJson {
  const name = ext.pothosPrismaRelationField?.name as string;
  const rel = relation(model, name);
  if (!rel) throw new NotCompilable(`${where}: no relation ${name}`);
  const fieldType = getNullableType(type.getFields()[field.name]?.type as GraphQLOutputType);
  const named = getNamedType(fieldType);
  if (!isObjectType(named)) throw new NotCompilable(`${where} returns an abstract type`);
  const query = (ctx: Ctx) => relationQuery(ext, name, argumentsOf(ctx, type, field), ctx.context, where);
  if (isObjectType(fieldType) && named.getFields().edges && rel.isList) {
    const connection = connectionJson(docs, named, subSelections(field), where, (nodeType, sets) =>
      rowObject(docs, nodeType, sets),
    );
    return (ctx, alias) => connection(ctx, rel.model, (inner) => rel.join(alias, inner), query(ctx));
  }
  const child = rowObject(docs, named, subSelections(field));
  if (isListType(fieldType))
    return (ctx, alias) => listJson(ctx, rel.model, (inner) => rel.join(alias, inner), query(ctx), child);
  return (ctx, alias) => {
    const inner = ctx.statement.alias();
    return `(SELECT ${child(ctx, inner)} FROM ${table(rel.model)} ${inner} WHERE ${rel.join(alias, inner)})`;
  };
}

/** The Prisma arguments plugin-prisma gives a relation for these field arguments (its `query` option). */
function relationQuery(
  ext: PrismaFieldExtensions,
  name: string,
  args: object,
  context: object,
  where: string,
): PrismaQuery {
  if (typeof ext.pothosPrismaSelect !== "function") throw new NotCompilable(`${where}: no relation selection`);
  const selected = (ext.pothosPrismaSelect as SelectFn)(
    args,
    context,
    (query) => query,
    () => new Set(["edges"]),
  ) as { select?: Record<string, unknown> };
  const query = selected?.select?.[name];
  if (query instanceof Promise) throw new NotCompilable(`${where}: its query is asynchronous`);
  return typeof query === "object" && query !== null ? (query as PrismaQuery) : {};
}

function relationCount(ext: PrismaFieldExtensions): { name: string; where?: unknown } | undefined {
  const select = ext.pothosPrismaSelect as
    | { _count?: { select?: Record<string, true | { where?: unknown }> } }
    | undefined;
  const counted = typeof select === "object" ? Object.entries(select?._count?.select ?? {}) : [];
  if (counted.length !== 1) return undefined;
  const [[name, options]] = counted as [[string, true | { where?: unknown }]];
  return { name, where: options === true ? undefined : options.where };
}

function countField(
  model: string,
  count: { name: string; where?: unknown },
  type: GraphQLObjectType,
  field: CollectedField,
): RowJson {
  const rel = relation(model, count.name);
  if (!rel?.isList) throw new NotCompilable(`${type.name}.${field.name}: ${count.name} is not a list relation`);
  return (ctx, alias) => {
    const inner = ctx.statement.alias();
    const filter = count.where === undefined ? null : whereSql(ctx.statement, rel.model, inner, count.where);
    return `(SELECT count(*) FROM ${table(rel.model)} ${inner} WHERE ${rel.join(alias, inner)}${filter ? ` AND ${filter}` : ""})`;
  };
}

/** An enum field: the first declared value whose Prisma `where` holds for the row, else null. */
function casesField(
  cases: NonNullable<CompiledReadExtensions["sqlCases"]>,
  type: GraphQLObjectType,
  model: string,
  field: CollectedField,
  where: string,
): RowJson {
  if (!isEnumType(getNamedType(type.getFields()[field.name]?.type)))
    throw new NotCompilable(`${where}: declared cases for a field that is not an enum`);
  return (ctx, alias) => {
    const branches = cases(argumentsOf(ctx, type, field) as never, ctx.context as never).map(
      ([value, condition]) =>
        `WHEN ${whereSql(ctx.statement, model, alias, condition) ?? "TRUE"} THEN ${literal(value)}`,
    );
    return branches.length ? `CASE ${branches.join(" ")} END` : "NULL";
  };
}

/** A union field whose value is whichever of the declared to-one relations is set. */
function oneOfField(docs: Documents, relations: string[], model: string, field: CollectedField): RowJson {
  const branches = relations.map((name) => {
    const rel = relation(model, name);
    if (!rel || rel.isList) throw new NotCompilable(`${model}.${name} is not a to-one relation`);
    return { rel, json: rowObject(docs, typeOfModel(docs, rel.model), subSelections(field)) };
  });
  return (ctx, alias) =>
    `coalesce(${branches
      .map(({ rel, json }) => {
        const inner = ctx.statement.alias();
        return `(SELECT ${json(ctx, inner)} FROM ${table(rel.model)} ${inner} WHERE ${rel.join(alias, inner)})`;
      })
      .join(", ")})`;
}

/** A field whose SQL its module declares: a scalar, a plain object or a record. */
function declaredField(
  docs: Documents,
  declaration: NonNullable<CompiledReadExtensions["sql"]>,
  model: string,
  type: GraphQLOutputType,
  field: CollectedField,
  where: string,
): RowJson {
  // Evaluated once against a stand-in row to learn its shape; the real row's SQL is made per request.
  const shape = declaration(columnsOf(new Statement(), model, "t0"));
  const value = valueJson(docs, shape, type, field, where);
  return (ctx, alias) => value(ctx, declaration(columnsOf(ctx.statement, model, alias)));
}

type ValueJson = (ctx: Ctx, value: string | SqlRow | SqlObject) => string;

function valueJson(
  docs: Documents,
  shape: string | SqlRow | SqlObject,
  type: GraphQLOutputType,
  field: CollectedField,
  where: string,
): ValueJson {
  const named = getNamedType(type);
  if (typeof shape === "string") return (_ctx, value) => scalarJson(type, value as string, where);
  if (!isObjectType(named)) throw new NotCompilable(`${where}: declared an object for a ${named.name}`);
  if (shape.kind === "row") {
    const json = rowObject(docs, named, subSelections(field));
    return (ctx, value) => {
      const row = value as SqlRow;
      const inner = ctx.statement.alias();
      return `(SELECT ${json(ctx, inner)} FROM ${table(row.model)} ${inner} WHERE ${inner}.${column(row.model, idField(row.model))} = ${row.id})`;
    };
  }
  const fields = collectFields(docs, named, subSelections(field));
  const compiled = fields.map((child): [CollectedField, (ctx: Ctx, object: SqlObject) => string] => {
    if (child.name === "__typename") return [child, () => literal(named.name)];
    const childShape = shape.fields[child.name];
    const definition = named.getFields()[child.name];
    if (childShape === undefined || !definition)
      throw new NotCompilable(`${named.name}.${child.name} has no SQL in ${where}'s declaration`);
    const json = valueJson(docs, childShape, definition.type, child, `${named.name}.${child.name}`);
    return [child, (ctx, object) => json(ctx, object.fields[child.name] as string | SqlRow | SqlObject)];
  });
  return (ctx, value) => {
    const object = value as SqlObject;
    const entries = compiled
      .filter(([child]) => isIncluded(ctx, child))
      .map(([child, json]): [string, string] => [child.responseKey, json(ctx, object)]);
    return `CASE WHEN ${object.when} THEN ${jsonObject(entries)} END`;
  };
}

/** A column or declared scalar as the GraphQL scalar serializes it. */
export function scalarJson(type: GraphQLOutputType, expression: string, where: string): string {
  const named = getNullableType(type);
  if (isListType(named) || isUnionType(named) || isObjectType(named)) throw new NotCompilable(`${where}: not a scalar`);
  if (isEnumType(named)) return expression;
  // A custom scalar says how its values look in SQL (see PartialDate in src/schema/builder.ts).
  const custom = (named.extensions as { sqlJson?: (expression: string) => string }).sqlJson;
  if (custom) return custom(expression);
  switch (named.name) {
    case "String":
    case "ID":
    case "Int":
    case "Boolean":
      return expression;
    case "Date":
      return `to_char(${expression}, 'YYYY-MM-DD')`;
    case "DateTime":
      return `to_char(${expression} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    default:
      throw new NotCompilable(`${where}: scalar ${named.name} has no SQL form`);
  }
}
