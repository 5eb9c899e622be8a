// Plain translations of filter inputs into Prisma where clauses, shared by every domain.
// Organizations match with everything under them; countries match the people and
// organizations that belong to them. A filter names records by global id, slug or ISO code;
// the schema layer has looked them all up before any filter runs, and hands each filter a
// `FindRecord` that answers from that table, so filters see only uuids and know no GraphQL.
import type { Prisma } from "../../generated/prisma/client.js";
import { ValidationError } from "./errors.js";
import { parsePartialDate, partialDateEnd } from "./partial-date.js";

/** The kinds of record a filter or argument can name. */
export const RECORD_TYPES = [
  "Person",
  "Organization",
  "Country",
  "Meeting",
  "Topic",
  "Commitment",
  "Position",
  "SourceDocument",
] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

export const PARTY_TYPES = ["Person", "Organization", "Country"] as const satisfies readonly RecordType[];
export type PartyType = (typeof PARTY_TYPES)[number];

/** A record a filter named, looked up: its type and uuid. */
export interface RecordRef<T extends RecordType = RecordType> {
  typename: T;
  id: string;
}

/**
 * The record `value` (a global id, slug or ISO code) names, which must be one of `types`;
 * `field` names the filter field for the error an unknown or ambiguous value gets.
 */
export type FindRecord = <T extends RecordType>(value: string, types: readonly T[], field: string) => RecordRef<T>;

/**
 * Like FindRecord, for mutation inputs: the record, or why `value` names none: no record has
 * it, it names several (a slug two kinds share), or a record of another type.
 */
export type LookUpRecord = <T extends RecordType>(
  value: string,
  types: readonly T[],
) => RecordRef<T> | { problem: string; reason: "unknown" | "ambiguous" | "type" };

export interface StringFilterInput {
  equals?: string | null;
  in?: string[] | null;
  contains?: string | null;
  startsWith?: string | null;
}

export interface EnumFilterInput<T extends string> {
  equals?: T | null;
  in?: T[] | null;
}

export interface DateRangeInput {
  from?: string | null;
  to?: string | null;
}

export interface OrganizationMatchInput {
  /** Global id or slug. */
  id: string;
  includeSubOrganizations?: boolean | null;
}

/** Boolean combinators every filter input carries. */
export interface Combinable<F> {
  and?: F[] | null;
  or?: F[] | null;
  not?: F | null;
}

/** Case-insensitive for contains and startsWith, exact for equals and in. */
export function stringWhere(filter: StringFilterInput | null | undefined): Prisma.StringFilter | undefined {
  if (!filter) return undefined;
  return {
    ...(filter.equals != null && { equals: filter.equals }),
    ...(filter.in != null && { in: filter.in }),
    ...(filter.contains != null && { contains: filter.contains, mode: "insensitive" as const }),
    ...(filter.startsWith != null && { startsWith: filter.startsWith, mode: "insensitive" as const }),
  };
}

export function enumWhere<T extends string>(
  filter: EnumFilterInput<T> | null | undefined,
): { equals?: T; in?: T[] } | undefined {
  if (!filter) return undefined;
  return { ...(filter.equals != null && { equals: filter.equals }), ...(filter.in != null && { in: filter.in }) };
}

/**
 * A record whose period [start, end] overlaps the range matches: a meeting known only to
 * "2011-08" matches a filter for 2011-08-09 through 2011-08-31, and one for "2011".
 */
export function dateRangeWhere(
  range: DateRangeInput | null | undefined,
  startColumn: string,
  endColumn: string,
): Record<string, unknown> | undefined {
  if (!range) return undefined;
  const from = range.from ? parseRangeBound(range.from, "from") : undefined;
  const to = range.to ? parseRangeBound(range.to, "to") : undefined;
  if (from && to && from.start > partialDateEnd(to))
    throw rangeError(`Date range "from" ${range.from} is after "to" ${range.to}`);
  // The explicit "not null" keeps `not: { date: ... }` true for undated records (SQL's NOT NULL is NULL).
  return {
    [startColumn]: { not: null, ...(to && { lte: partialDateEnd(to) }) },
    ...(from && { [endColumn]: { gte: from.start } }),
  };
}

function parseRangeBound(text: string, bound: string) {
  const parsed = parsePartialDate(text);
  if (!parsed) throw rangeError(`Date range "${bound}" must be YYYY, YYYY-MM or YYYY-MM-DD, got "${text}"`);
  return parsed;
}

const rangeError = (message: string) => new ValidationError([{ path: [], message }]);

/** The organization itself and, unless told otherwise, every organization under it. */
export function organizationWhere(
  match: OrganizationMatchInput,
  find: FindRecord,
  field: string,
): Prisma.OrganizationWhereInput {
  const { id } = find(match.id, ["Organization"], field);
  return match.includeSubOrganizations === false ? { id } : { OR: [{ id }, { ancestorIds: { has: id } }] };
}

/** Attendances on behalf of a person, an organization (with its sub-organizations) or a country. */
export function participationByPartyWhere({ typename, id }: RecordRef<PartyType>): Prisma.ParticipationWhereInput {
  if (typename === "Person") return { personId: id };
  if (typename === "Organization") return { organization: { OR: [{ id }, { ancestorIds: { has: id } }] } };
  return { OR: [{ countryId: id }, { organization: { countryId: id } }, { person: { countryId: id } }] };
}

/** Commitment parties that are, or belong to, the given person, organization or country. */
export function commitmentPartyWhere({ typename, id }: RecordRef<PartyType>): Prisma.CommitmentPartyWhereInput {
  if (typename === "Person") return { personId: id };
  if (typename === "Organization")
    return { OR: [{ organizationId: id }, { organization: { ancestorIds: { has: id } } }] };
  return { OR: [{ countryId: id }, { person: { countryId: id } }, { organization: { countryId: id } }] };
}

/**
 * Several parties at once: a commitment party that is, or belongs to, any of them. The same rows
 * as an OR of commitmentPartyWhere, in one condition of `in` lists instead of one per party.
 */
export function commitmentPartiesWhere(parties: readonly RecordRef<PartyType>[]): Prisma.CommitmentPartyWhereInput {
  if (parties.length === 1) return commitmentPartyWhere(parties[0] as RecordRef<PartyType>);
  const idsOf = (typename: PartyType) => [
    ...new Set(parties.filter((party) => party.typename === typename).map((party) => party.id)),
  ];
  const [people, organizations, countries] = [idsOf("Person"), idsOf("Organization"), idsOf("Country")];
  const clauses: Prisma.CommitmentPartyWhereInput[] = [];
  if (people.length) clauses.push({ personId: { in: people } });
  if (organizations.length)
    clauses.push(
      { organizationId: { in: organizations } },
      { organization: { ancestorIds: { hasSome: organizations } } },
    );
  if (countries.length)
    clauses.push(
      { countryId: { in: countries } },
      { person: { countryId: { in: countries } } },
      { organization: { countryId: { in: countries } } },
    );
  return { OR: clauses };
}

/**
 * How to match any of several values of one filter field in a single clause (`maker` given a list
 * of parties: one `in`, one scan). An `or` whose entries each set only that field is merged into
 * it: twenty `{ maker: "JP" }`, `{ maker: "CN" }` ... would otherwise be twenty EXISTS subqueries,
 * each a scan of its own.
 */
export type Mergers<F, W> = { [K in keyof F]?: (values: NonNullable<F[K]>[]) => W };

/** The one field an `or` entry sets, when it sets exactly one and no combinator. */
function soleField<F extends Combinable<F>>(filter: F): keyof F | undefined {
  const set = (Object.keys(filter) as (keyof F)[]).filter((key) => filter[key] != null);
  const [field] = set;
  return set.length === 1 && field !== "and" && field !== "or" && field !== "not" ? field : undefined;
}

function disjuncts<F extends Combinable<F>, W extends object>(
  entries: F[],
  own: (filter: F) => Array<W | undefined>,
  merge: Mergers<F, W>,
): object[] {
  const byField = new Map<keyof F, F[]>();
  const rest: F[] = [];
  for (const entry of entries) {
    const field = soleField(entry);
    if (field !== undefined && merge[field]) byField.set(field, [...(byField.get(field) ?? []), entry]);
    else rest.push(entry);
  }
  const merged = [...byField].map(([field, group]) =>
    group.length === 1
      ? (combine(group[0], own, merge) ?? {})
      : (merge[field] as (values: unknown[]) => W)(group.map((entry) => entry[field])),
  );
  return [...merged, ...rest.map((entry) => combine(entry, own, merge) ?? {})];
}

/**
 * Builds a where clause from a filter: its own fields (each a clause, undefined when unset)
 * AND-ed together with its `and` list, its `or` list and its `not`. `merge` says which fields'
 * values an `or` may gather into one clause.
 */
export function combine<F extends Combinable<F>, W extends object>(
  filter: F | null | undefined,
  own: (filter: F) => Array<W | undefined>,
  merge: Mergers<F, W> = {},
): W | undefined {
  if (!filter) return undefined;
  const clauses: object[] = own(filter).filter((clause): clause is W => clause !== undefined);
  for (const inner of filter.and ?? []) clauses.push(combine(inner, own, merge) ?? {});
  if (filter.or) clauses.push({ OR: disjuncts(filter.or, own, merge) });
  if (filter.not) clauses.push({ NOT: combine(filter.not, own, merge) ?? {} });
  return { AND: clauses } as W;
}
