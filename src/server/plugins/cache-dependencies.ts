// What a cached response depends on, so that a committed change drops only the responses it can
// affect (src/server/plugins/response-cache.ts):
// - the tables it read: every table named in the SQL statements its execution sent, plus the
//   tables behind every type its selection touches (Prisma folds identical lookups from
//   concurrent requests into one statement, which is seen by only one of them);
// - whether it is entity-scoped: every row it read is one it holds by id (lookups by id or slug,
//   the record's own columns, to-one relations through the record's own foreign key). Such a
//   response can change on an UPDATE or DELETE only if it holds one of the changed rows, so it is
//   dropped by id; any other response reading the table (lists, filters, counts, search) is
//   dropped whenever the table changes.
import { AsyncLocalStorage } from "node:async_hooks";
import {
  type DocumentNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  isAbstractType,
  isListType,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { getDatamodel } from "../../generated/pothos-types.js";
import { db } from "../../infra/db.js";

type Model = ReturnType<typeof getDatamodel>["datamodel"]["models"][string];
const models: Record<string, Model> = getDatamodel().datamodel.models;

/** The table behind a Prisma model: every model maps its name to snake case (`@@map`). */
export const tableOf = (model: string) => model.replace(/(?<!^)([A-Z])/g, "_$1").toLowerCase();
export const TABLES = new Set(Object.keys(models).map(tableOf));
const TABLE_NAMES = new RegExp(`\\b(${[...TABLES].join("|")})\\b`, "g");

/**
 * The database views modelled as read-only models (see their migrations) and the tables they are
 * computed from: a view sends no change notifications, so a response that read one depends on these.
 */
export const VIEW_SOURCES: Record<string, string[]> = {
  organization_participation: ["organization", "participation"],
  organization_commitment_party: ["organization", "commitment_party"],
  position_supersession: ["position", "citation", "source_document"],
};

/** Adds to `tables` the tables behind every view it names. */
export function withViewSources(tables: Set<string>): Set<string> {
  for (const table of [...tables]) for (const source of VIEW_SOURCES[table] ?? []) tables.add(source);
  return tables;
}

// --- Tables named in the SQL a request sends ------------------------------------------------------

const tablesRead = new AsyncLocalStorage<Set<string>>();

/** Adds the tables `sql` names to the running request's set; a second Prisma client can call it from its query event. */
export function recordStatement(sql: string): void {
  const tables = tablesRead.getStore();
  if (tables) for (const match of sql.matchAll(TABLE_NAMES)) tables.add(match[1] as string);
}
db.$on("query", (event) => recordStatement(event.query));

/** Runs `execute` while recording into `tables` every table its SQL statements name. */
export function recordingTables<T>(tables: Set<string>, execute: () => T): T {
  return tablesRead.run(tables, execute);
}

// --- The operation's selection ------------------------------------------------------------------

export interface OperationDependencies {
  /** Tables behind the types the selection touches, including relations and counts Prisma selects. */
  tables: Set<string>;
  entityScoped: boolean;
}

/** Root fields that return one record by its id or unique slug (or code). */
const LOOKUP_ARGS = new Set(["id", "ids", "slug", "code"]);

interface FieldExtensions {
  pothosExposedField?: string;
  /** The relation's field in Prisma's datamodel. */
  pothosPrismaRelationField?: { name: string };
  pothosPrismaSelect?: unknown;
}

function addTablesOf(type: GraphQLNamedType, schema: GraphQLSchema, tables: Set<string>): void {
  const members = isAbstractType(type) ? schema.getPossibleTypes(type) : [type];
  for (const member of members) if (models[member.name]) tables.add(tableOf(member.name));
}

/** Tables of the relations (and relation counts) in a Prisma selection made on `model`. */
function addSelectedRelations(model: Model | undefined, select: unknown, tables: Set<string>): void {
  if (!model || typeof select !== "object" || select === null) return;
  for (const [key, value] of Object.entries(select)) {
    if (key === "_count") {
      addSelectedRelations(model, (value as { select?: unknown }).select, tables);
      continue;
    }
    const relation = model.fields.find((field) => field.name === key && field.kind === "object");
    if (!relation) continue;
    tables.add(tableOf(relation.type));
    const nested = value as { select?: unknown; include?: unknown };
    addSelectedRelations(models[relation.type], nested.select ?? nested.include, tables);
  }
}

/** A selection of the model's own columns only (such as a date built from its date columns). */
function selectsOwnColumns(model: Model, select: unknown): boolean {
  if (typeof select !== "object" || select === null) return false;
  return Object.entries(select).every(
    ([key, value]) => value === true && model.fields.some((field) => field.name === key && field.kind !== "object"),
  );
}

/** Whether a field on `parent` reads only rows the response holds by id. */
function isEntityScopedField(
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  underValue: boolean,
  queryType: string,
): boolean {
  if (field.name === "__typename") return true;
  const extensions = field.extensions as FieldExtensions;
  const model = models[parent.name];
  const returnsList = isListType(getNullableType(field.type));
  if (parent.name === queryType) {
    const named = getNamedType(field.type);
    return (
      (models[named.name] !== undefined || named.name === "Node") &&
      field.args.every((arg) => LOOKUP_ARGS.has(arg.name))
    );
  }
  if (!model) return underValue; // a value built from the parent's own columns (a date, a deadline)
  if (field.name === "id" || extensions.pothosExposedField) return true;
  if (extensions.pothosPrismaRelationField) {
    const relation = model.fields.find((candidate) => candidate.name === extensions.pothosPrismaRelationField?.name);
    return !returnsList && !relation?.isList && (relation?.relationFromFields?.length ?? 0) > 0;
  }
  return selectsOwnColumns(model, extensions.pothosPrismaSelect);
}

const analysed = new WeakMap<DocumentNode, OperationDependencies>();

/** The tables an operation's selection touches and whether it is entity-scoped; computed once per document. */
export function operationDependencies(schema: GraphQLSchema, document: DocumentNode): OperationDependencies {
  const known = analysed.get(document);
  if (known) return known;
  const tables = new Set<string>();
  let entityScoped = true;
  const typeInfo = new TypeInfo(schema);
  const queryType = schema.getQueryType()?.name ?? "Query";
  // For each open field: whether its selection is a value built from its parent's own columns.
  const valueScopes: boolean[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field: {
        enter() {
          const parent = typeInfo.getParentType();
          const field = typeInfo.getFieldDef();
          if (!parent || !field) {
            valueScopes.push(false);
            return;
          }
          addTablesOf(getNamedType(field.type), schema, tables);
          const extensions = field.extensions as FieldExtensions;
          addSelectedRelations(models[parent.name], extensions.pothosPrismaSelect, tables);
          const underValue = valueScopes.at(-1) ?? false;
          if (!isEntityScopedField(parent, field, underValue, queryType)) entityScoped = false;
          const model = models[parent.name];
          valueScopes.push(model ? selectsOwnColumns(model, extensions.pothosPrismaSelect) : underValue);
        },
        leave() {
          valueScopes.pop();
        },
      },
    }),
  );
  const dependencies = { tables, entityScoped };
  analysed.set(document, dependencies);
  return dependencies;
}
