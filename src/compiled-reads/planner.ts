// Planner: a query operation → a plan that builds one SQL statement whose single value is the
// response's `data`, or the reason it cannot (the first field with no SQL form). Plans are cached
// per parsed document: Yoga's parser cache hands back the same document object for the same text.
import { getConnectionPageSize, validateConnectionArguments } from "@pothos/core";
import { parsePrismaCursor } from "@pothos/plugin-prisma";
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLObjectType,
  type GraphQLSchema,
  getNamedType,
  getOperationAST,
  isNonNullType,
  isObjectType,
  Kind,
} from "graphql";
import { LRUCache } from "lru-cache";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../schema/builder.js";
import { decodeGlobalId } from "../schema/global-id.js";
import { column, idField, NotCompilable, table } from "./datamodel.js";
import type { SqlRoot } from "./declare.js";
import { connectionJson, listJson } from "./lists.js";
import { argumentsOf, modelOf, rowObject } from "./objects.js";
import {
  type CollectedField,
  type Ctx,
  collectFields,
  type Documents,
  isIncluded,
  subSelections,
} from "./selection.js";
import { jsonObject, literal } from "./statement.js";
import { whereSql } from "./where.js";

export interface CompiledPlan {
  compiled: true;
  /** The statement for this request's variables; throws NotCompilable when they need what SQL here cannot do. */
  sql(ctx: Ctx): string;
  /** Root fields that must not come back null: a miss there (an unknown slug, a merged id) is the resolvers' to explain. */
  required: string[];
}

export type Plan = CompiledPlan | { compiled: false; reason: string };

const INTROSPECTION = new Set(["__schema", "__type"]);

export function planOperation(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan {
  const operation = getOperationAST(document, operationName);
  if (!operation) return { compiled: false, reason: "no operation to run" };
  if (operation.operation !== "query") return { compiled: false, reason: `a ${operation.operation} is never compiled` };
  const fragments = Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const docs: Documents = { schema, fragments };
  const queryType = schema.getQueryType() as GraphQLObjectType;
  try {
    const fields = collectFields(docs, queryType, [operation.selectionSet]);
    const introspection = fields.find((field) => INTROSPECTION.has(field.name));
    if (introspection)
      return { compiled: false, reason: `introspection (${introspection.name}) runs through graphql-js` };
    const compiled = fields.map((field) => [field, rootField(docs, queryType, field)] as const);
    return {
      compiled: true,
      sql: (ctx) => {
        const data = jsonObject(
          compiled.filter(([field]) => isIncluded(ctx, field)).map(([field, json]) => [field.responseKey, json(ctx)]),
        );
        return `SELECT ${data} AS data, ${ctx.fallbackWhen.length ? ctx.fallbackWhen.join(" OR ") : "false"} AS fallback`;
      },
      // Non-null lookups, and node(id:), whose miss is a NOT_FOUND error the resolvers give.
      required: fields
        .filter((field) => isNonNullType(queryType.getFields()[field.name]?.type) || field.name === "node")
        .map((field) => field.responseKey),
    };
  } catch (error) {
    if (error instanceof NotCompilable) return { compiled: false, reason: error.message };
    throw error;
  }
}

function rootField(docs: Documents, queryType: GraphQLObjectType, field: CollectedField): (ctx: Ctx) => string {
  if (field.name === "__typename") return () => literal(queryType.name);
  const definition = queryType.getFields()[field.name];
  const where = `${queryType.name}.${field.name}`;
  const root = (definition?.extensions as { sqlRoot?: SqlRoot } | undefined)?.sqlRoot;
  if (!definition || !root) throw new NotCompilable(`${where} has a resolver and no SQL declaration`);
  if ((definition.extensions as { pothosOptions?: { authScopes?: unknown } }).pothosOptions?.authScopes)
    throw new NotCompilable(`${where} has auth scopes, which only its resolver checks`);
  const args = (ctx: Ctx) => argumentsOf(ctx, queryType, field) as Record<string, unknown>;
  if (root.kind === "node") return nodeField(docs, field, (ctx) => args(ctx).id);
  const type = getNamedType(definition.type);
  if (!isObjectType(type)) throw new NotCompilable(`${where} returns an abstract type`);

  if (root.kind === "connection") {
    const connection = connectionJson(docs, type, subSelections(field), where, (nodeType, sets) =>
      rowObject(docs, nodeType, sets),
    );
    return (ctx) => {
      const values = args(ctx);
      validateConnectionArguments(values);
      if (values.before != null || values.last != null) throw new NotCompilable(`${where}: paging backwards`);
      const { limit } = getConnectionPageSize({ args: values, defaultSize: DEFAULT_PAGE_SIZE, maxSize: MAX_PAGE_SIZE });
      if (values.after == null)
        return connection(ctx, root.model, null, {
          ...root.query(values as never, ctx.context as never),
          take: limit,
          skip: 0,
        });
      const id = parsePrismaCursor(values.after);
      if (typeof id !== "string") throw new NotCompilable(`${where}: a cursor that is not an id`);
      return connection(ctx, root.model, null, {
        ...root.query(values as never, ctx.context as never),
        take: limit,
        skip: 1,
        cursor: { id },
      });
    };
  }
  const item = rowObject(docs, type, subSelections(field));
  if (root.kind === "list")
    return (ctx) => listJson(ctx, root.model, null, root.query(args(ctx) as never, ctx.context as never), item);
  return (ctx) => {
    const row = ctx.statement.alias();
    const condition = whereSql(ctx.statement, root.model, row, root.where(args(ctx) as never));
    if (!condition) throw new NotCompilable(`${where}: a lookup without a condition`);
    return `(SELECT ${item(ctx, row)} FROM ${table(root.model)} ${row} WHERE ${condition} LIMIT 1)`;
  };
}

/**
 * `node(id:)`: the type comes from the id, so the selection is compiled for each Prisma-backed
 * node type on first use. An id that names nothing (or a merged-away record) is null here, and
 * the resolvers answer instead (NOT_FOUND, or the survivor).
 */
function nodeField(docs: Documents, field: CollectedField, id: (ctx: Ctx) => unknown): (ctx: Ctx) => string {
  const byType = new Map<string, ReturnType<typeof rowObject> | NotCompilable>();
  const compiledFor = (typename: string) => {
    if (!byType.has(typename)) {
      const type = docs.schema.getType(typename);
      try {
        byType.set(typename, rowObject(docs, type as GraphQLObjectType, subSelections(field)));
      } catch (error) {
        if (!(error instanceof NotCompilable)) throw error;
        byType.set(typename, error);
      }
    }
    const compiled = byType.get(typename);
    if (compiled instanceof NotCompilable || !compiled) throw compiled ?? new NotCompilable(`no node type ${typename}`);
    return compiled;
  };
  return (ctx) => {
    const { typename, id: rowId } = decodeGlobalId(String(id(ctx)));
    const type = docs.schema.getType(typename);
    const model = isObjectType(type) ? modelOf(type) : undefined;
    if (!model) throw new NotCompilable(`Query.node: ${typename} is not a Prisma-backed type`);
    const json = compiledFor(typename);
    const row = ctx.statement.alias();
    return `(SELECT ${json(ctx, row)} FROM ${table(model)} ${row} WHERE ${row}.${column(model, idField(model))} = ${ctx.statement.param(rowId)})`;
  };
}

const plans = new LRUCache<DocumentNode, Map<string, Plan>>({ max: 1000 });

/** The cached plan for an operation of a document. */
export function planFor(schema: GraphQLSchema, document: DocumentNode, operationName?: string | null): Plan {
  let byOperation = plans.get(document);
  if (!byOperation) {
    byOperation = new Map();
    plans.set(document, byOperation);
  }
  const key = operationName ?? "";
  let plan = byOperation.get(key);
  if (!plan) {
    plan = planOperation(schema, document, operationName);
    byOperation.set(key, plan);
  }
  return plan;
}
