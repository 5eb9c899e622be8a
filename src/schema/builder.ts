// The schema builder: plugins, scalars and empty root types. Types live in src/modules.
import SchemaBuilder from "@pothos/core";
import ComplexityPlugin from "@pothos/plugin-complexity";
import DataloaderPlugin from "@pothos/plugin-dataloader";
import ErrorsPlugin from "@pothos/plugin-errors";
import PrismaPlugin from "@pothos/plugin-prisma";
import RelayPlugin from "@pothos/plugin-relay";
import ScopeAuthPlugin from "@pothos/plugin-scope-auth";
import { GraphQLError, getNamedType, isLeafType } from "graphql";
import { DateResolver, DateTimeResolver, JSONResolver } from "graphql-scalars";
import { sqlRoot } from "../compiled-reads/declare.js";
import type PrismaTypes from "../generated/pothos-types.js";
import { getDatamodel } from "../generated/pothos-types.js";
import { db } from "../infra/db.js";
import {
  CommitOutcomeUnknownError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
} from "../modules/shared/errors.js";
import { parsePartialDate } from "../modules/shared/partial-date.js";
import type { Context } from "../server/context.js";
import { decodeGlobalId, encodeGlobalId } from "./global-id.js";
import { type GlobalId, resolveNodes } from "./node.js";
import { costliestPath, describePath } from "./query-cost.js";

/** Largest page any connection returns; larger `first`/`last` values are rejected. */
export const MAX_PAGE_SIZE = 100;
/** Page size of a top-level list (`meetings`, `people`...) given no `first`/`last`. */
export const DEFAULT_PAGE_SIZE = 20;
/**
 * Page size of a list inside a record (a meeting's participants, a person's positions) given no
 * `first`/`last`: small enough that a natural four-level query (people → participations →
 * meeting → participants → person → positions) stays within MAX_QUERY_COST, large enough for
 * every meeting in the seed to show all its participants.
 */
export const NESTED_PAGE_SIZE = 10;
/** Most rows (objects) one query may ask for, counting every page at its size. */
export const MAX_QUERY_COST = 50_000;
/** Query cost, depth and breadth limits; the compiled read path checks the same ones. */
export const COMPLEXITY_LIMITS = { complexity: MAX_QUERY_COST, depth: 20, breadth: 300 } as const;

export const builder = new SchemaBuilder<{
  Context: Context;
  PrismaTypes: PrismaTypes;
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    Date: { Input: Date; Output: Date };
    PartialDate: { Input: string; Output: string };
    JSON: { Input: unknown; Output: unknown };
  };
  DefaultFieldNullability: false;
  DefaultInputFieldRequiredness: true;
  AuthScopes: { editor: boolean; admin: boolean };
}>({
  // Errors before ScopeAuth, so a refused mutation returns a typed ForbiddenError.
  plugins: [ErrorsPlugin, ScopeAuthPlugin, PrismaPlugin, RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  defaultInputFieldRequiredness: true,
  prisma: {
    client: db,
    dmmf: getDatamodel(),
    // A resolver that forgets to spread `query` would fetch relations one by one.
    onUnusedQuery: process.env.NODE_ENV === "production" ? null : "error",
    filterConnectionTotalCount: true,
    maxConnectionSize: MAX_PAGE_SIZE,
    // Lists inside records; the root lists set DEFAULT_PAGE_SIZE themselves with `defaultSize`, and the cost below assumes the same.
    defaultConnectionSize: NESTED_PAGE_SIZE,
  },
  relay: {
    clientMutationId: "omit",
    cursorType: "String",
    // Descriptions for the fields the plugin generates, so GraphiQL documents every one.
    idFieldOptions: {
      description: "Opaque global id; pass it to `node(id:)` or to any argument that takes this record's id.",
    },
    cursorFieldOptions: { description: "Pass as `after` (or `before`) to page from this edge." },
    nodeFieldOptions: { description: "The record at this edge." },
    edgesFieldOptions: { description: "The records on this page, with their cursors." },
    pageInfoFieldOptions: { description: "Where this page sits in the whole list." },
    hasNextPageFieldOptions: { description: "More records follow this page." },
    hasPreviousPageFieldOptions: { description: "Records precede this page." },
    startCursorFieldOptions: { description: "Cursor of the first record on the page." },
    endCursorFieldOptions: { description: "Cursor of the last record on the page." },
    firstArgOptions: {
      description: `Records after the cursor, at most ${MAX_PAGE_SIZE}; by default ${DEFAULT_PAGE_SIZE} for a top-level list, ${NESTED_PAGE_SIZE} for a list inside a record.`,
    },
    lastArgOptions: { description: `Records before the cursor, at most ${MAX_PAGE_SIZE}; defaults as for \`first\`.` },
    afterArgOptions: { description: "Continue after this cursor." },
    beforeArgOptions: { description: "Continue before this cursor." },
    pageInfoTypeOptions: { description: "Paging state of a connection." },
    nodeTypeOptions: { description: "A record with a global id." },
    defaultConnectionTypeOptions: { description: "A page of records with cursors." },
    defaultEdgeTypeOptions: { description: "One record on a page, with its cursor." },
    encodeGlobalID: encodeGlobalId,
    decodeGlobalID: decodeGlobalId,
    nodeQueryOptions: {
      description:
        "Any record by its global id. An unknown id is a NOT_FOUND error; a merged-away id resolves to the survivor.",
      extensions: sqlRoot({ kind: "node" }),
      resolve: async (_root, { id }, _ctx, _info, resolveNode) =>
        (await resolveNodes([id], ([one]) => Promise.all([resolveNode(one as GlobalId)])))[0],
    },
    nodesQueryOptions: {
      description: "Records by global id, in the order asked; each unknown id is null with a NOT_FOUND error.",
      resolve: (_root, { ids }, _ctx, _info, resolveNodesById) => resolveNodes(ids, resolveNodesById),
    },
  },
  errors: { defaultTypes: [ValidationError, NotFoundError, ConflictError, ForbiddenError, CommitOutcomeUnknownError] },
  scopeAuth: {
    authScopes: (context) => ({
      editor: context.caller?.scopes.some((scope) => scope === "EDITOR" || scope === "ADMIN") ?? false,
      admin: context.caller?.scopes.includes("ADMIN") ?? false,
    }),
    unauthorizedError: (_parent, context) =>
      context.authUnavailable
        ? new GraphQLError("The database is unavailable; retry shortly", {
            extensions: { code: "SERVICE_UNAVAILABLE", retryable: true, http: { status: 503 } },
          })
        : new ForbiddenError(
            context.credentialProblem ??
              (context.caller
                ? `API key "${context.caller.name}" lacks the scope this needs`
                : "This needs credentials: send Authorization: Bearer <API key>"),
          ),
  },
  complexity: {
    // Cost approximates the rows a query can fetch: each object costs 1, scalars nothing, and
    // a connection or list multiplies what is under it by its page size.
    defaultListMultiplier: 10,
    fieldComplexity: (args, _ctx, field) => {
      // A connection's page size already counts its edges.
      if (field.name === "edges") return { field: 0, multiplier: 1 };
      const isLeaf = isLeafType(getNamedType(field.type));
      if (!field.args.some((arg) => arg.name === "first")) return isLeaf ? 0 : 1;
      const defaultSize =
        (field.extensions?.pothosConfig as { parentType?: string } | undefined)?.parentType === "Query"
          ? DEFAULT_PAGE_SIZE
          : NESTED_PAGE_SIZE;
      const pageSize =
        typeof args.first === "number" ? args.first : typeof args.last === "number" ? args.last : defaultSize;
      return { field: 1, multiplier: pageSize };
    },
    limit: COMPLEXITY_LIMITS,
    complexityError: (kind, result, info) => {
      const measure = kind === "Complexity" ? "complexity" : kind === "Depth" ? "depth" : "breadth";
      const refusal = `Query too ${kind === "Complexity" ? "costly" : kind === "Depth" ? "deep" : "broad"}: ${measure} ${result[measure]} exceeds the limit of ${result[kind === "Complexity" ? "maxComplexity" : kind === "Depth" ? "maxDepth" : "maxBreadth"]}`;
      if (kind !== "Complexity")
        return new GraphQLError(refusal, { extensions: { code: "QUERY_TOO_COMPLEX", limit: measure } });
      // Page sizes multiply down a path of nested lists: name the path so the user knows where `first:` helps.
      const path = describePath(costliestPath(info, undefined).path);
      return new GraphQLError(`${refusal}. Most of it is under ${path}: give one of those lists a smaller \`first:\``, {
        extensions: { code: "QUERY_TOO_COMPLEX", limit: measure, costliestPath: path },
      });
    },
  },
});

builder.addScalarType("DateTime", DateTimeResolver, {});
builder.addScalarType("Date", DateResolver, {});
builder.addScalarType("JSON", JSONResolver, {});

builder.queryType({
  description: "Read the knowledge base: meetings, people, organizations and commitments, each fact cited.",
});
builder.mutationType({
  description: "Record and correct facts. Every mutation needs an API key with the `editor` scope.",
});
builder.subscriptionType({
  description:
    "Live updates over Server-Sent Events, driven by changes committed to the database by any server, import or SQL session: each event is sent after commit, once, in commit order. Public like reads; open subscriptions are limited per caller.",
});

builder.scalarType("PartialDate", {
  description:
    'A date known to a year ("2011"), a month ("2011-08") or a day ("2011-08-09"): ISO 8601 with reduced precision.',
  serialize: (value) => value,
  // Stored as text in the shape it is served, so the compiled read path passes it through.
  extensions: { sqlJson: (expression: string) => expression },
  parseValue: (value) => {
    if (typeof value !== "string" || !parsePartialDate(value)) {
      throw new GraphQLError(`PartialDate must be YYYY, YYYY-MM or YYYY-MM-DD, got ${JSON.stringify(value)}`, {
        extensions: { code: "BAD_USER_INPUT" },
      });
    }
    return value;
  },
});
