// Plain translations of filter inputs into Prisma where clauses, shared by every domain.
// Organizations match with everything under them; countries match the people and
// organizations that belong to them. A filter names records by global id, slug or ISO code;
// the schema layer has looked them all up before any filter runs, and hands each filter a
// `FindRecord` that answers from that table, so filters see only uuids and know no GraphQL.
import type { Prisma } from "../../generated/prisma/client.js";
import { ValidationError } from "./errors.js";
import { parsePartialDate, partialDateEnd } from "./partial-date.js";

/** The kinds of record a filter or argument can name. */
export const RECORD_TYPES = ["Person", "Organization", "Country", "Meeting", "Topic", "Commitment"] as const;
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
 * Builds a where clause from a filter: its own fields (each a clause, undefined when unset)
 * AND-ed together with its `and` list, its `or` list and its `not`.
 */
export function combine<F extends Combinable<F>, W extends object>(
  filter: F | null | undefined,
  own: (filter: F) => Array<W | undefined>,
): W | undefined {
  if (!filter) return undefined;
  const clauses: object[] = own(filter).filter((clause): clause is W => clause !== undefined);
  for (const inner of filter.and ?? []) clauses.push(combine(inner, own) ?? {});
  if (filter.or) clauses.push({ OR: filter.or.map((inner) => combine(inner, own) ?? {}) });
  if (filter.not) clauses.push({ NOT: combine(filter.not, own) ?? {} });
  return { AND: clauses } as W;
}
