// Arguments and filter fields that name a record take its global id, its slug or, for a
// country, its ISO code. Such fields are marked with `refersTo(...)`; before execution the
// whole operation is read once, every slug and code in it is looked up in ONE statement, and
// resolvers then find each record in that table synchronously (nested `query` callbacks of
// plugin-prisma cannot wait for the database). Filters receive the table's `find` and see
// only uuids. A global id needs no lookup: it names its type and uuid itself.
import {
  type DocumentNode,
  type FieldNode,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isInputObjectType,
  isListType,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
  TypeInfo,
  visit,
  visitWithTypeInfo,
} from "graphql";
import { Prisma } from "../generated/prisma/client.js";
import { db } from "../infra/db.js";
import {
  type FindRecord,
  type LookUpRecord,
  RECORD_TYPES,
  type RecordRef,
  type RecordType,
} from "../modules/shared/filters.js";
import type { Context } from "../server/context.js";
import { parseGlobalId } from "./global-id.js";
import { badInput } from "./lookup.js";

const REFERS_TO = "refersTo";

/** Field or argument options marking it as naming a record of one of `types`. */
export function refersTo(...types: RecordType[]): { extensions: Record<string, readonly RecordType[]> } {
  return { extensions: { [REFERS_TO]: types } };
}

const TABLES: Record<RecordType, string> = {
  Person: "person",
  Organization: "organization",
  Country: "country",
  Meeting: "meeting",
  Topic: "topic",
  Commitment: "commitment",
  Position: "position",
  SourceDocument: "source_document",
};

/** Long input is quoted only in part: an error message must not echo a megabyte back. */
const quote = (value: string) => JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);

const withArticle = (noun: string) => `${/^[aeiou]/i.test(noun) ? "an" : "a"} ${noun}`;

/** "person, organization or country" */
const kinds = (types: readonly RecordType[]) => {
  const names = types.map((type) => type.replace(/(?<=[a-z])(?=[A-Z])/g, " ").toLowerCase());
  return names.length === 1 ? `${names[0]}` : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;
};

/**
 * The records an operation names by slug or ISO code, keyed by the lower-cased value; in a
 * mutation also the global ids it names that exist (`existing`, as "Typename:uuid"), so an input
 * naming a deleted record is told so before anything is written.
 */
export class ReferenceTable {
  constructor(
    private readonly bySlug: ReadonlyMap<string, readonly RecordRef[]>,
    /** In a mutation: the global ids its marked fields name ("Typename:uuid"), and those that exist. */
    private readonly checked?: { named: ReadonlySet<string>; existing: ReadonlySet<string> },
  ) {}

  /** The record `value` names, or why it names none. */
  readonly lookUp: LookUpRecord = <T extends RecordType>(value: string, types: readonly T[]) => {
    const global = parseGlobalId(value);
    if (global) {
      if (!(types as readonly string[]).includes(global.typename))
        return {
          problem: `expected ${withArticle(kinds(types))}; ${quote(value)} is the id of ${withArticle(global.typename)}`,
          reason: "type",
        };
      const key = `${global.typename}:${global.id}`;
      if (this.checked?.named.has(key) && !this.checked.existing.has(key))
        return { problem: `no ${kinds([global.typename as T])} has the id ${quote(value)}`, reason: "unknown" };
      return global as RecordRef<T>;
    }
    const candidates = this.bySlug.get(value.toLowerCase());
    // A field not marked with refersTo() takes global ids only.
    if (!candidates) return { problem: `${quote(value)} is not an id issued by this API`, reason: "type" };
    const matches = candidates.filter((match): match is RecordRef<T> =>
      (types as readonly string[]).includes(match.typename),
    );
    const keys = types.includes("Country" as T)
      ? types.length === 1
        ? "id or ISO code"
        : "id, slug or ISO code"
      : "id or slug";
    if (matches.length === 0)
      return { problem: `no ${kinds(types)} has the ${keys} ${quote(value)}`, reason: "unknown" };
    if (matches.length > 1)
      return {
        problem: `${quote(value)} is ambiguous: it is the slug of ${matches.map((match) => withArticle(match.typename.toLowerCase())).join(" and ")}; pass the global id of the one you mean`,
        reason: "ambiguous",
      };
    return matches[0] as RecordRef<T>;
  };

  readonly find: FindRecord = <T extends RecordType>(value: string, types: readonly T[], field: string) => {
    // Every marked field's value was looked up before execution; a miss here is a missing `refersTo`.
    if (!parseGlobalId(value) && !this.bySlug.has(value.toLowerCase()))
      throw new Error(`"${field}" was not looked up before execution: mark it with refersTo()`);
    const found = this.lookUp(value, types);
    if ("problem" in found)
      throw badInput(
        found.reason === "type"
          ? `"${field}" ${found.problem.replace(/^expected /, "takes ")}`
          : `"${field}": ${found.problem}`,
      );
    return found;
  };
}

/**
 * What each marked argument or input field of the operation names, by lower-cased value. In a
 * mutation, the global ids it names are added to `ids` (uuids by type): their records must exist
 * before anything is written.
 */
export function referencesIn(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  rawVariables: unknown,
  ids?: Map<RecordType, Set<string>>,
) {
  const wanted = new Map<string, Set<RecordType>>();
  const sites = referenceSites(schema, document);
  if (sites.length === 0) return wanted;
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      (operationName == null || definition.name?.value === operationName),
  );
  const coerced =
    operation &&
    getVariableValues(schema, operation.variableDefinitions ?? [], (rawVariables ?? {}) as Record<string, unknown>);
  // Invalid variables or arguments: execution reports them; nothing to look up.
  if (!coerced?.coerced) return wanted;
  const mutation = operation?.operation === OperationTypeNode.MUTATION;
  const add = (value: string, types: readonly RecordType[]) => {
    const global = parseGlobalId(value);
    if (global) {
      const type = types.find((candidate) => candidate === global.typename);
      if (ids && mutation && type) ids.set(type, (ids.get(type) ?? new Set()).add(global.id));
      return;
    }
    const key = value.toLowerCase();
    const set = wanted.get(key) ?? new Set();
    for (const type of types) set.add(type);
    wanted.set(key, set);
  };
  for (const { field, node } of sites) {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, coerced.coerced);
    } catch {
      continue;
    }
    for (const argument of field.args) collect(values[argument.name], argument, add);
  }
  return wanted;
}

type Site = { field: GraphQLField<unknown, unknown>; node: FieldNode };

/**
 * The fields of a document given an argument that can name a record, found once per document
 * (Yoga caches parsed documents): a request naming none costs no walk at all, and one that does
 * coerces only those fields' arguments (measured: about 20 µs for the bench's nested-meetings query,
 * 185 µs when every request walked the whole document).
 */
const sitesByDocument = new WeakMap<DocumentNode, Site[]>();

function referenceSites(schema: GraphQLSchema, document: DocumentNode): Site[] {
  let sites = sitesByDocument.get(document);
  if (sites) return sites;
  const found: Site[] = [];
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        // Only arguments the document gives: none that can name a record has a default value.
        const given = new Set(node.arguments?.map((argument) => argument.name.value));
        if (field?.args.some((argument) => given.has(argument.name) && mayRefer(argument))) found.push({ field, node });
      },
    }),
  );
  sites = found;
  sitesByDocument.set(document, sites);
  return sites;
}

const referringTypes = new WeakMap<GraphQLInputObjectType, boolean>();

/** Marked itself, or an input object with a marked field at any depth. */
function mayRefer(field: GraphQLArgument | GraphQLInputField): boolean {
  if (field.extensions[REFERS_TO]) return true;
  const type = getNamedType(field.type);
  if (!isInputObjectType(type)) return false;
  const known = referringTypes.get(type);
  if (known !== undefined) return known;
  referringTypes.set(type, false); // a recursive filter (and/or/not) refers through its other fields
  const refers = Object.values(type.getFields()).some(mayRefer);
  referringTypes.set(type, refers);
  return refers;
}

function collect(
  value: unknown,
  field: GraphQLArgument | GraphQLInputField,
  add: (value: string, types: readonly RecordType[]) => void,
) {
  const types = field.extensions[REFERS_TO] as readonly RecordType[] | undefined;
  const walk = (inner: unknown, type: GraphQLInputType): void => {
    if (inner == null) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      for (const item of inner as unknown[]) walk(item, nullable.ofType);
    } else if (types && typeof inner === "string") {
      add(inner, types);
    } else if (isInputObjectType(nullable)) {
      for (const child of Object.values(nullable.getFields()))
        collect((inner as Record<string, unknown>)[child.name], child, add);
    }
  };
  walk(value, field.type);
}

/**
 * The ids lookUpReferences finds for one type and one key (an SQL placeholder for the lower-cased
 * value), redirects followed: the compiled read path runs it inside its own statement.
 */
export const referenceCandidatesSql = (type: RecordType, key: string) =>
  `SELECT id FROM ${TABLES[type]} WHERE slug = ${key} UNION ALL SELECT new_id FROM redirect WHERE model = '${type}' AND old_slug = ${key}`;

/**
 * Looks up every slug and ISO code at once, following the redirects merged records leave, and
 * whether the records the global ids in `ids` (a mutation's) name exist: one statement for all.
 */
export async function lookUpReferences(
  wanted: ReadonlyMap<string, ReadonlySet<RecordType>>,
  ids?: ReadonlyMap<RecordType, ReadonlySet<string>>,
): Promise<ReferenceTable> {
  const bySlug = new Map<string, RecordRef[]>([...wanted.keys()].map((key) => [key, []]));
  const types = RECORD_TYPES.filter((type) => [...wanted.values()].some((set) => set.has(type)));
  const idTypes = [...(ids ?? new Map<RecordType, ReadonlySet<string>>())];
  const existing = new Set<string>();
  if (types.length > 0 || idTypes.length > 0) {
    const keys = [...wanted.keys()];
    const bySlugQueries = types.map(
      (type) =>
        Prisma.sql`SELECT ${type} AS typename, id::text AS id, slug AS key, false AS by_id FROM ${Prisma.raw(TABLES[type])} WHERE slug = ANY(${keys}::text[])`,
    );
    const byIdQueries = idTypes.map(
      ([type, uuids]) =>
        Prisma.sql`SELECT ${type} AS typename, id::text AS id, id::text AS key, true AS by_id FROM ${Prisma.raw(TABLES[type])} WHERE id = ANY(${[...uuids]}::uuid[])`,
    );
    const redirects =
      types.length > 0
        ? [
            Prisma.sql`SELECT model, new_id::text, old_slug, false FROM redirect WHERE model = ANY(${types}::text[]) AND old_slug = ANY(${keys}::text[])`,
          ]
        : [];
    const rows = await db.$queryRaw<Array<{ typename: RecordType; id: string; key: string; by_id: boolean }>>`
      ${Prisma.join([...bySlugQueries, ...redirects, ...byIdQueries], " UNION ALL ")}`;
    for (const row of rows) {
      if (row.by_id) existing.add(`${row.typename}:${row.id}`);
      else bySlug.get(row.key)?.push({ typename: row.typename, id: row.id });
    }
  }
  const named = new Set(idTypes.flatMap(([type, uuids]) => [...uuids].map((uuid) => `${type}:${uuid}`)));
  return new ReferenceTable(bySlug, named.size > 0 ? { named, existing } : undefined);
}

/** The lookup for this request's filters, filled in before execution by the references plugin. */
export function findRecord(ctx: Context): FindRecord {
  if (!ctx.findRecord) throw new Error("The references plugin did not run before execution");
  return ctx.findRecord;
}
