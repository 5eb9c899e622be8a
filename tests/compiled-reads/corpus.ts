// The read operations the two paths must agree on: the README's questions and example, the
// GraphiQL examples, the typed client's operations, the benchmark's queries with the variables
// the bench sends, and the shapes the other read tests use (filters, orders, relations, lookups).
import { readdirSync, readFileSync } from "node:fs";
import { db } from "../../src/infra/db.js";
import { encodeGlobalId } from "../../src/schema/global-id.js";
import { EXAMPLE_OPERATION_NAMES, GRAPHIQL_DEFAULT_QUERY } from "../../src/server/graphiql-examples.js";
import { commitmentPageVariables, nestedMeetingVariables, readQuery } from "../bench/workload.js";
import { readmeQuestions, readmeSection } from "../helpers/readme.js";
import type { Operation } from "./paths.js";
import { readTestOperations } from "./read-operations.js";

export interface CorpusOperation extends Operation {
  name: string;
}

/** Corpus operations that are not compiled, and the reason the compiler gives (asserted). */
export const NOT_COMPILED: Record<string, string> = {
  "bench Search": "Query.search has a resolver and no SQL declaration",
  "graphiql SearchMisspeltName": "Query.search has a resolver and no SQL declaration",
  "graphiql CommitmentThread": "Commitment.thread has a resolver and no SQL declaration",
  "graphiql CommitmentStatsByMakerCountry": "Query.commitmentStats has a resolver and no SQL declaration",
  "client Search": "Query.search has a resolver and no SQL declaration",
  "readme Who has China's Deputy Chief of the General Staff met, and where?":
    "Person.counterparts has a resolver and no SQL declaration",
  "readme What did the UN ask for or say, and how was each request answered?":
    "Organization.commitments has a resolver and no SQL declaration",
  'readme Who is "Kitazava"? (A misspelt name still finds the person.)':
    "Query.search has a resolver and no SQL declaration",
  "readme How many commitments did each country make, by kind (joint ones counted for each maker, the UN apart)?":
    "Query.commitmentStats has a resolver and no SQL declaration",
  "graphiql CommitmentsMadeToJapan": "Organization.commitments has a resolver and no SQL declaration",
  "read an organization's tree, roles and commitments":
    "Organization.participations has a resolver and no SQL declaration",
  "readme Who represented the People's Liberation Army or its branches, and which links are inferred?":
    "Organization.participations has a resolver and no SQL declaration",
};

const CLIENT_OPERATIONS = new URL("../client/operations/", import.meta.url);

/** Variables for the typed client's operations, by operation name (mutations are not reads). */
const CLIENT_VARIABLES: Record<string, Array<Record<string, unknown>>> = {
  MeetingDetails: [{ slug: "kitazawa-ban-2011-08-09" }, { slug: "japan-china-defense-vice-ministerial-9" }],
  OpenCommitments: [{}, { kinds: ["REQUEST", "AGREEMENT"] }, { first: 2, topic: "peacekeeping-south-sudan" }],
  Search: [{ query: "Kitazawa" }],
};

export async function corpus(): Promise<CorpusOperation[]> {
  const topics = (await db.topic.findMany({ select: { slug: true }, orderBy: { slug: "asc" } })).map(
    (topic) => topic.slug,
  );
  const japan = await db.country.findUniqueOrThrow({ where: { slug: "jp" }, select: { id: true } });
  const operations: CorpusOperation[] = [];

  const nested = readQuery("nested-meetings.graphql");
  for (const variables of nestedMeetingVariables())
    operations.push({ name: `bench NestedMeetings ${JSON.stringify(variables)}`, query: nested, variables });
  operations.push({ name: "bench NestedMeetings first=20", query: nested, variables: { first: 20 } });
  const page = readQuery("commitments-page.graphql");
  for (const variables of commitmentPageVariables(topics))
    operations.push({ name: `bench CommitmentsPage ${JSON.stringify(variables)}`, query: page, variables });
  const nodes = [
    ["Meeting", await db.meeting.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })],
    ["Commitment", await db.commitment.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })],
    ["Person", await db.person.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })],
    ["Organization", await db.organization.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })],
    ["Country", await db.country.findFirstOrThrow({ select: { id: true }, orderBy: { id: "asc" } })],
  ] as const;
  for (const [typename, row] of nodes)
    operations.push({
      name: `bench NodeLookup ${typename}`,
      query: readQuery("node.graphql"),
      variables: { id: encodeGlobalId(typename, row.id) },
    });
  operations.push({
    name: "bench Search",
    query: readQuery("search.graphql"),
    variables: { query: "peacekeeping", first: 10 },
  });

  for (const { question, query } of [
    ...readmeQuestions(readmeSection("Questions you can ask")),
    ...readmeQuestions(readmeSection("An example")),
  ])
    operations.push({ name: `readme ${question}`, query });

  for (const operationName of EXAMPLE_OPERATION_NAMES)
    operations.push({
      name: `graphiql ${operationName}`,
      query: GRAPHIQL_DEFAULT_QUERY,
      operationName,
      variables: { party: encodeGlobalId("Country", japan.id) },
    });

  for (const file of readdirSync(CLIENT_OPERATIONS).filter((f) => f.endsWith(".graphql"))) {
    const query = readFileSync(new URL(file, CLIENT_OPERATIONS), "utf8");
    const name = /\bquery\s+(\w+)/.exec(query)?.[1];
    if (!name) continue; // a mutation
    for (const [i, variables] of (CLIENT_VARIABLES[name] ?? [{}]).entries())
      operations.push({ name: i ? `client ${name} ${i}` : `client ${name}`, query, variables });
  }

  for (const [name, operation] of Object.entries(await readTestOperations()))
    operations.push({ name: `read ${name}`, ...operation });
  return operations;
}
