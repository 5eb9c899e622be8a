import { brandWithType } from "@pothos/core";
import { queryFromInfo } from "@pothos/plugin-prisma";
import type { GraphQLResolveInfo } from "graphql";
import { db } from "../../infra/db.js";
import { builder, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../schema/builder.js";
import { badInput } from "../../schema/lookup.js";
import { CommitmentRef } from "../commitment/commitment.graphql.js";
import { SourceDocumentRef } from "../document/document.graphql.js";
import { MeetingRef } from "../meeting/meeting.graphql.js";
import { OrganizationRef } from "../organization/organization.graphql.js";
import { PersonRef } from "../person/person.graphql.js";
import { quoted } from "../shared/errors.js";
import { SEARCHABLE_TYPES, type SearchableType, search } from "./search.service.js";

const SearchableTypeEnum = builder.enumType("SearchableType", {
  description: "Kinds of record `search` looks through.",
  values: SEARCHABLE_TYPES,
});

const SearchHit = builder.unionType("SearchHit", {
  description: "A record found by `search`.",
  types: [MeetingRef, CommitmentRef, PersonRef, OrganizationRef, SourceDocumentRef],
});

const REFS = {
  MEETING: MeetingRef,
  COMMITMENT: CommitmentRef,
  PERSON: PersonRef,
  ORGANIZATION: OrganizationRef,
  SOURCE_DOCUMENT: SourceDocumentRef,
};

interface Edge {
  cursor: string;
  node: typeof SearchHit.$inferType;
  score: number;
  snippet: string;
}

const SearchEdge = builder.objectRef<Edge>("SearchEdge").implement({
  description: "One search result.",
  fields: (t) => ({
    cursor: t.string({ description: "Pass as `after` to continue after this result.", resolve: (e) => e.cursor }),
    node: t.field({ type: SearchHit, description: "The record found.", resolve: (e) => e.node }),
    score: t.float({
      description:
        "Relevance: full-text rank (title and name matches weigh most) or name similarity, whichever is higher.",
      resolve: (e) => e.score,
    }),
    snippet: t.string({
      description:
        "The matching text with matches wrapped in <mark></mark>; for meetings and commitments, from the cited source sentence where it matches.",
      resolve: (e) => e.snippet,
    }),
  }),
});

const SearchPageInfo = builder
  .objectRef<{ hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null }>("SearchPageInfo")
  .implement({
    description: "Where a page of search results sits.",
    fields: (t) => ({
      hasNextPage: t.boolean({ description: "More results follow.", resolve: (p) => p.hasNextPage }),
      hasPreviousPage: t.boolean({ description: "Results precede this page.", resolve: (p) => p.hasPreviousPage }),
      endCursor: t.string({
        nullable: true,
        description: "Cursor of the last result on the page.",
        resolve: (p) => p.endCursor,
      }),
    }),
  });

const SearchConnection = builder
  .objectRef<{ edges: Edge[]; pageInfo: typeof SearchPageInfo.$inferType; totalCount: number }>("SearchConnection")
  .implement({
    description: "A page of search results, best first.",
    fields: (t) => ({
      edges: t.field({ type: [SearchEdge], description: "The results on this page.", resolve: (c) => c.edges }),
      pageInfo: t.field({ type: SearchPageInfo, description: "Paging state.", resolve: (c) => c.pageInfo }),
      totalCount: t.int({ description: "How many results in all.", resolve: (c) => c.totalCount }),
    }),
  });

/** Pages reach this many results deep; past it a search should be narrowed, not paged (OFFSET reads every row before). */
const MAX_SEARCH_OFFSET = 10_000;

const cursorFor = (offset: number) => Buffer.from(`search:${offset}`).toString("base64url");
function offsetAfter(cursor: string | null | undefined): number {
  if (cursor == null) return 0;
  const match = /^search:(\d{1,15})$/.exec(Buffer.from(cursor, "base64url").toString("utf8"));
  if (!match) throw badInput(`Invalid cursor "${quoted(cursor)}": pass a cursor from a search result`);
  const offset = Number(match[1]) + 1;
  if (offset > MAX_SEARCH_OFFSET)
    throw badInput(
      `Cursor "${quoted(cursor)}" is ${offset} results deep; search pages stop at ${MAX_SEARCH_OFFSET}: narrow the query instead`,
    );
  return offset;
}

builder.queryField("search", (t) =>
  t.field({
    type: SearchConnection,
    description:
      "Searches meetings, commitments, people, organizations and source documents. Words are matched in full text (quotes for phrases, `or`, `-word` to exclude); names also match when misspelt.",
    args: {
      query: t.arg.string({ description: 'What to look for, e.g. "peacekeeping South Sudan" or "Kitazava".' }),
      types: t.arg({
        type: [SearchableTypeEnum],
        required: false,
        description: "Only these kinds of record; all by default.",
      }),
      first: t.arg.int({
        required: false,
        defaultValue: DEFAULT_PAGE_SIZE,
        description: `How many results, at most ${MAX_PAGE_SIZE}.`,
      }),
      after: t.arg.string({ required: false, description: "Continue after this result's cursor." }),
    },
    resolve: async (_root, args, context, info) => {
      const text = args.query.trim();
      if (!text) throw badInput('"query" must contain something to search for');
      const first = args.first ?? DEFAULT_PAGE_SIZE;
      if (first < 0 || first > MAX_PAGE_SIZE)
        throw badInput(`"first" must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`);
      const offset = offsetAfter(args.after);
      const rows = await search({ text, types: (args.types ?? []) as SearchableType[], offset, limit: first + 1 });
      const page = rows.slice(0, first);
      const nodes = await loadNodes(page, context, info);
      const edges = page.map((row, index) => ({
        cursor: cursorFor(offset + index),
        node: nodes.get(row.id) as Edge["node"],
        score: row.score,
        snippet: row.snippet,
      }));
      return {
        edges,
        pageInfo: {
          hasNextPage: rows.length > first,
          hasPreviousPage: offset > 0,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        totalCount: rows[0]?.total ?? offset,
      };
    },
  }),
);

/**
 * One query per type found on the page, selecting what `edges { node { ... on Type } }` asks
 * for (and the relations beneath it); each record branded for the SearchHit union.
 */
async function loadNodes(
  rows: { type: SearchableType; id: string }[],
  context: object,
  info: GraphQLResolveInfo,
): Promise<Map<string, object>> {
  const idsOf = (type: SearchableType) => rows.filter((row) => row.type === type).map((row) => row.id);
  const selected = (type: SearchableType) =>
    queryFromInfo({ context, info, typeName: REFS[type].name, path: ["edges", "node"] }) as object;
  const finders: Record<SearchableType, (ids: string[]) => Promise<Array<{ id: string }>>> = {
    MEETING: (ids) => db.meeting.findMany({ ...selected("MEETING"), where: { id: { in: ids } } }),
    COMMITMENT: (ids) => db.commitment.findMany({ ...selected("COMMITMENT"), where: { id: { in: ids } } }),
    PERSON: (ids) => db.person.findMany({ ...selected("PERSON"), where: { id: { in: ids } } }),
    ORGANIZATION: (ids) => db.organization.findMany({ ...selected("ORGANIZATION"), where: { id: { in: ids } } }),
    SOURCE_DOCUMENT: (ids) =>
      db.sourceDocument.findMany({ ...selected("SOURCE_DOCUMENT"), where: { id: { in: ids } } }),
  };
  const nodes = new Map<string, object>();
  await Promise.all(
    SEARCHABLE_TYPES.map(async (type) => {
      const ids = idsOf(type);
      if (!ids.length) return;
      for (const record of await finders[type](ids)) {
        brandWithType(record, REFS[type]);
        nodes.set(record.id, record);
      }
    }),
  );
  return nodes;
}
