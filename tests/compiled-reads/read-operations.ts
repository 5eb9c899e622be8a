// The shapes the other read tests ask for (tests/query, tests/schema, tests/meeting): every list
// filter and order, relations in both directions, related connections with their arguments,
// counts, dates at each precision, lookups by slug and by id, aliases, fragments and directives.
import { db } from "../../src/infra/db.js";
import { encodeGlobalId } from "../../src/schema/global-id.js";
import type { Operation } from "./paths.js";

const MEETING_FIELDS = `
  id slug title kind status statusReason place series sequenceNumber summary basis version
  date { value precision earliest latest basis note }
  originalDate { value precision earliest latest basis note }
  placeCountry { id code name }
  participantCount commitmentCount
  citation { quote startOffset endOffset document { slug title publisher url published { value precision } language } }`;

/** plugin-prisma's cursor for a row id. */
const cursorOf = (id: string) => Buffer.from(`GPC:S:${id}`).toString("base64");

const PARTIES = `__typename ... on Person { id slug name } ... on Organization { id slug name acronym } ... on Country { id code name }`;

export async function readTestOperations(): Promise<Record<string, Operation>> {
  const id = async (typename: string, find: () => Promise<{ id: string }>) =>
    encodeGlobalId(typename, (await find()).id);
  const japan = await id("Country", () => db.country.findUniqueOrThrow({ where: { slug: "jp" } }));
  const defense = await id("Organization", () =>
    db.organization.findUniqueOrThrow({ where: { slug: "japan-ministry-of-defense" } }),
  );
  const government = await id("Organization", () =>
    db.organization.findUniqueOrThrow({ where: { slug: "government-of-japan" } }),
  );
  const kitazawa = await id("Person", () => db.person.findUniqueOrThrow({ where: { slug: "kitazawa" } }));
  const meeting = await id("Meeting", () =>
    db.meeting.findUniqueOrThrow({ where: { slug: "kitazawa-ban-2011-08-09" } }),
  );
  const commitment = await id("Commitment", () =>
    db.commitment.findUniqueOrThrow({ where: { slug: "ban-calls-again-sdf-south-sudan" } }),
  );

  const pages: Record<string, Operation> = {};
  const meetings = await db.meeting.findMany({
    where: { slug: { in: ["kitazawa-ban-2011-08-09", "japan-china-maritime-working-level-talk-3", "ban-kan-2011"] } },
  });
  for (const order of ["DATE_DESC", "DATE_ASC", "TITLE_ASC", "CREATED_DESC"])
    for (const row of meetings)
      pages[`meetings ${order} after ${row.slug}`] = {
        query: `query Page($after: String, $order: MeetingOrder) { meetings(first: 3, after: $after, orderBy: $order) { totalCount edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
        variables: { after: cursorOf(row.id), order },
      };
  const commitments = await db.commitment.findMany({
    where: { OR: [{ dueDate: { not: null } }, { slug: "ban-condolences-earthquake" }] },
    take: 3,
  });
  for (const order of ["DUE_ASC", "CREATED_DESC", "CREATED_ASC"])
    for (const row of commitments)
      pages[`commitments ${order} after ${row.slug}`] = {
        query: `query Page($after: String, $order: CommitmentOrder) { commitments(first: 4, after: $after, orderBy: $order) { edges { node { slug } } pageInfo { hasNextPage hasPreviousPage endCursor } } }`,
        variables: { after: cursorOf(row.id), order },
      };
  const participation = await db.participation.findFirstOrThrow({
    where: { meeting: { slug: "japan-china-defense-vice-ministerial-9" } },
    orderBy: [{ side: "asc" }, { ordinal: "asc" }, { id: "asc" }],
  });
  pages["participants after the first"] = {
    query: `query Page($after: String) { meeting(slug: "japan-china-defense-vice-ministerial-9") { participants(first: 2, after: $after) { totalCount edges { cursor node { roleTitle } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } } }`,
    variables: { after: cursorOf(participation.id) },
  };

  return {
    ...pages,
    "meetings, every field, by title": {
      query: `{ meetings(orderBy: TITLE_ASC, first: 50) { totalCount edges { cursor node { ${MEETING_FIELDS} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
    },
    "meetings, each order": {
      query: `query Orders($order: MeetingOrder) { meetings(orderBy: $order) { edges { node { slug date { value } } } } }`,
      variables: { order: "DATE_ASC" },
    },
    "meetings by creation": {
      query: `{ meetings(orderBy: CREATED_DESC, first: 3) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`,
    },
    "meetings filtered by text, kind, status and basis": {
      query: `{ a: meetings(filter: { title: { contains: "JAPAN" } }) { totalCount edges { node { slug } } }
        b: meetings(filter: { title: { startsWith: "meeting" }, kind: { in: [BILATERAL_MEETING, COURTESY_CALL] } }) { totalCount }
        c: meetings(filter: { status: { equals: PLANNED } }) { totalCount edges { node { slug status } } }
        d: meetings(filter: { basis: INFERRED }) { totalCount edges { node { slug } } }
        e: meetings(filter: { title: { in: ["9th Japan-China Defense Vice-Ministerial Meeting"] } }) { edges { node { slug } } } }`,
    },
    "meetings filtered by countries, parties and topics": {
      query: `query Parties($japan: ID!, $defense: ID!, $kitazawa: ID!, $government: ID!) {
        a: meetings(filter: { and: [{ country: "JP" }, { country: "CN" }] }) { totalCount edges { node { slug } } }
        b: meetings(filter: { or: [{ placeCountry: "cn" }, { country: "jp" }], not: { status: { equals: HELD } } }) { totalCount }
        c: meetings(filter: { participant: $kitazawa }) { edges { node { slug } } }
        d: meetings(filter: { organization: { id: $government } }) { totalCount }
        e: meetings(filter: { organization: { id: $government, includeSubOrganizations: false } }) { totalCount }
        f: meetings(filter: { party: $japan }) { totalCount }
        g: meetings(filter: { party: $defense }) { totalCount }
        h: meetings(filter: { party: $kitazawa }) { totalCount }
        i: meetings(filter: { topic: "peacekeeping-south-sudan" }) { edges { node { slug } } }
        j: meetings(filter: { series: "Japan-China Defense Vice-Ministerial Meeting" }) { edges { node { slug sequenceNumber } } }
        k: meetings(filter: { or: [] }) { totalCount }
        l: meetings(filter: { not: {} }) { totalCount } }`,
      variables: { japan, defense, kitazawa, government },
    },
    "meetings by date range": {
      query: `query Dates($from: PartialDate, $to: PartialDate) { meetings(filter: { date: { from: $from, to: $to } }, orderBy: DATE_ASC) { totalCount edges { node { slug date { value precision } } } } }`,
      variables: { from: "2008", to: "2011-07" },
    },
    "a meeting with its participants and commitments": {
      query: `query Meeting($id: ID!) { meeting(id: $id) { ...Meeting commitments(filter: { kind: { equals: REQUEST } }, first: 10) { totalCount edges { node { slug } } } } }
        fragment Meeting on Meeting { slug participants(first: 1) { totalCount edges { cursor node { id side basis roleTitle citation { quote }
          roleAtMeeting { title current organization { slug } position { title start { value } end { value precision } current basis note } }
          person { slug } organization { slug parent { slug } } country { code } meeting { slug } position { title } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { id: meeting },
    },
    "people filtered and ordered": {
      query: `query People($defense: ID!) {
        a: people(filter: { name: { contains: "zawa" } }) { totalCount edges { node { slug name fullName country { code } } } }
        b: people(filter: { role: { startsWith: "deputy" }, country: "CN" }) { edges { node { slug } } }
        c: people(filter: { organization: { id: $defense } }, orderBy: CREATED_DESC) { totalCount edges { node { slug } } }
        d: people(filter: { or: [{ country: "JP" }, { name: { equals: "Ban" } }] }, first: 3) { edges { node { slug } } pageInfo { hasNextPage endCursor } } }`,
      variables: { defense },
    },
    "a person's roles, attendances and commitments": {
      query: `query Person($id: ID!) { person(id: $id) { id name
        positions(asOf: "2011-08-09") { totalCount edges { node { title current start { value } organization { name } person { slug } citation { quote } } } }
        all: positions { edges { node { title } } }
        participations { totalCount edges { node { meeting { slug date { value } } roleAtMeeting { title current } } } }
        commitments(role: MAKER) { totalCount edges { node { role commitment { slug } party { ${PARTIES} } } } }
        received: commitments(role: ADDRESSEE) { totalCount } } }`,
      variables: { id: kitazawa },
    },
    "organizations filtered and ordered": {
      query: `query Organizations($defense: ID!, $government: ID!) {
        a: organizations(filter: { name: { contains: "defense" } }) { totalCount edges { node { slug name acronym kind } } }
        b: organizations(filter: { kind: { equals: BUREAU }, country: "jp" }, orderBy: CREATED_DESC) { edges { node { slug } } }
        c: organizations(filter: { within: $government }) { totalCount edges { node { slug parent { slug } } } }
        d: organizations(filter: { parent: $defense }) { edges { node { slug } } }
        e: organizations(filter: { not: { country: "JP" } }, first: 5) { edges { node { slug country { code } } } } }`,
      variables: { defense, government },
    },
    "an organization's tree, roles and commitments": {
      query: `{ organization(slug: "japan-ministry-of-defense") { name acronym kind country { name } parent { name parent { name } }
        children(filter: { kind: { equals: BUREAU } }) { totalCount edges { node { name acronym kind } } }
        positions(first: 5) { totalCount edges { node { title person { name } } } }
        participations { edges { node { meeting { title } person { name } } } }
        commitments { totalCount edges { node { role commitment { kind statement } } } } } }`,
    },
    "commitments filtered by parties, meeting, dates and answers": {
      query: `query Commitments($japan: ID!, $defense: ID!, $meeting: ID!) {
        a: commitments(filter: { maker: $defense }) { totalCount edges { node { slug } } }
        b: commitments(filter: { addressee: $japan }, orderBy: CREATED_ASC) { totalCount edges { node { slug addressees { ${PARTIES} } } } }
        c: commitments(filter: { meeting: $meeting }) { edges { node { slug meeting { slug } } } }
        d: commitments(filter: { due: { from: "2011" } }, orderBy: DUE_ASC) { edges { node { slug due { date { value precision earliest latest } text } } } }
        e: commitments(filter: { hasResponse: true }) { totalCount edges { node { slug responseCount } } }
        f: commitments(filter: { hasResponse: false, isResponse: false }) { totalCount }
        g: commitments(filter: { isResponse: true, basis: STATED }) { edges { node { slug respondsTo { slug } } } }
        h: commitments(filter: { statement: { contains: "sdf" }, status: { in: [OPEN, DEFERRED] } }) { totalCount } }`,
      variables: { japan, defense, meeting },
    },
    "a commitment's thread fields and history": {
      query: `query Commitment($id: ID!) { commitment(id: $id) { id slug kind status statement basis version
        topic { slug name commitments(filter: { kind: { equals: RESPONSE } }) { totalCount edges { node { slug } } } }
        respondsTo { slug } responseCount responses { totalCount edges { node { slug statement citation { quote } } } }
        makers { ${PARTIES} } addressees { ${PARTIES} }
        statusHistory { fromStatus toStatus note changedBy changedAt citation { quote } } } }`,
      variables: { id: commitment },
    },
    "countries, topics and documents": {
      query: `{ countries { code name people { totalCount } organizations(first: 2) { edges { node { slug } } } participations(first: 2) { totalCount edges { node { roleTitle } } } }
        japan: country(code: "jp") { name people(first: 3) { edges { node { name } } } }
        nowhere: country(code: "XX") { name }
        topics { slug name commitments(first: 2) { totalCount edges { node { slug } } } }
        documents(first: 3) { totalCount edges { node { slug title published { value precision basis note } publishedBasis note citations(first: 2) { totalCount edges { node { quote } } } } } } }`,
    },
    "typenames, aliases and directives": {
      query: `query Directives($withDate: Boolean!, $skipTitle: Boolean!) { __typename
        meetings(first: 2) { __typename edges { __typename node { __typename kind: slug title @skip(if: $skipTitle) date @include(if: $withDate) { __typename value } ... on Meeting { slug } } } pageInfo { __typename hasNextPage } } }`,
      variables: { withDate: true, skipTitle: true },
    },
  };
}
