// A cursor taken from another list names a record this list does not hold; Prisma would just
// return an empty page, which reads as "no more results". Say what is wrong instead, the same way
// for root lists (their resolvers call refuseForeignCursor) and for lists inside a record (every
// plugin-prisma related connection is wrapped by refuseForeignCursorsInRelations).
import { completeValue } from "@pothos/core";
import { parsePrismaCursor } from "@pothos/plugin-prisma";
import {
  defaultFieldResolver,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  getNamedType,
  isObjectType,
} from "graphql";
import { db } from "../infra/db.js";
import { quoted } from "../modules/shared/errors.js";
import { badInput } from "./lookup.js";

/** How many characters of a client's cursor an error message repeats. */
export const CURSOR_ECHO_LENGTH = 80;

/** The page's rows, or a BAD_USER_INPUT when the page is empty because the cursor names no such record. */
export async function refuseForeignCursor<T>(
  rows: T[],
  args: { after?: string | null; before?: string | null },
  list: string,
  exists: (id: string) => Promise<unknown>,
): Promise<T[]> {
  const cursor = args.after ?? args.before;
  if (rows.length > 0 || !cursor) return rows;
  const id = parsePrismaCursor(cursor);
  if (typeof id === "string" && !(await exists(id)))
    throw badInput(
      `Cursor "${quoted(cursor, CURSOR_ECHO_LENGTH)}" does not come from the ${list} list: page with cursors this list returned`,
    );
  return rows;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What is wrong with a list's `after`/`before` value, or null. A plugin-prisma cursor ("GPC:")
 * names ids, and every id here is a uuid: one that decodes to anything else would reach
 * PostgreSQL as a malformed uuid and fail as an internal error. Other cursors (search's) are the
 * list's own business. Checked before execution with the other input limits.
 */
export function cursorProblem(cursor: string): string | null {
  let decoded: unknown;
  try {
    if (!Buffer.from(cursor, "base64").toString("utf8").startsWith("GPC:")) return null;
    decoded = parsePrismaCursor(cursor);
  } catch {
    return null; // not base64, or not a cursor of the plugin: Pothos refuses it as invalid
  }
  const ids = Array.isArray(decoded) ? decoded : [decoded];
  if (ids.length > 0 && ids.every((id) => typeof id === "string" && UUID.test(id))) return null;
  return `is not a cursor of any list ("${quoted(cursor, CURSOR_ECHO_LENGTH)}" names no record): pass a cursor this list returned`;
}

type Delegate = { findFirst(args: object): Promise<object | null> };

/** Whether `model` has a row with this id; asked once per request for each (model, id). */
export function rowExists(context: object, model: string, id: string): Promise<boolean> {
  const known = existing.get(context) ?? new Map<string, Promise<boolean>>();
  existing.set(context, known);
  const key = `${model}:${id}`;
  let answer = known.get(key);
  if (!answer) {
    const delegate = (db as unknown as Record<string, Delegate>)[`${model[0]?.toLowerCase()}${model.slice(1)}`];
    answer = delegate
      ? delegate.findFirst({ where: { id }, select: { id: true } }).then((row) => row !== null)
      : Promise.resolve(true);
    known.set(key, answer);
  }
  return answer;
}
const existing = new WeakMap<object, Map<string, Promise<boolean>>>();

interface RelationExtensions {
  pothosPrismaRelationField?: { type?: string };
}

/**
 * Wraps the resolver of every related connection (a list inside a record, `t.relatedConnection`)
 * so that an empty page after a cursor naming no record of the list's model is refused as the root
 * lists refuse it. The check costs a statement only when a page is empty, once per request and
 * cursor however many parent rows share it. Called once on the built schema.
 */
export function refuseForeignCursorsInRelations(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith("__")) continue;
    for (const field of Object.values(type.getFields())) {
      const model = (field.extensions as RelationExtensions).pothosPrismaRelationField?.type;
      const connection = getNamedType(field.type);
      if (!model || !isObjectType(connection) || !connection.getFields().edges) continue;
      if (!field.args.some((arg) => arg.name === "after")) continue;
      const resolve: GraphQLFieldResolver<unknown, object> = field.resolve ?? defaultFieldResolver;
      const list = `${type.name}.${field.name}`;
      field.resolve = (parent, args, context, info) => {
        const page = resolve(parent, args, context, info) as { edges?: unknown[] } | null;
        if (args.after == null && args.before == null) return page;
        return completeValue(page, (value: { edges?: unknown[] } | null) =>
          value
            ? refuseForeignCursor(value.edges ?? [], args, list, (id) => rowExists(context, model, id)).then(
                () => value,
              )
            : value,
        );
      };
    }
  }
}
