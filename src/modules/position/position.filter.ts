// Which positions answer "who held this role on day D" and "who holds it according to the
// latest source". A source only says how a role stood on its own date ("then Defense Minister"
// or not); it says nothing of today.
import type { Prisma } from "../../generated/prisma/client.js";
import {
  type FindRecord,
  type OrganizationMatchInput,
  organizationWhere,
  type StringFilterInput,
  stringWhere,
} from "../shared/filters.js";

/**
 * Positions not known to exclude the day: begun on or before it (or start unknown) and not
 * ended before it (or end unknown). A role the source calls "then ..." without an end date
 * still matches, since when it ended is unknown.
 */
export function heldOnWhere(day: Date | null | undefined): Prisma.PositionWhereInput | undefined {
  if (!day) return undefined;
  return {
    AND: [
      { OR: [{ startDate: null }, { startDate: { lte: day } }] },
      { OR: [{ endLatest: null }, { endLatest: { gte: day } }] },
    ],
  };
}

/** Described as held by its source (not "then ...") and with no end date that has passed. */
export function heldAccordingToLatestSourceWhere(now = new Date()): Prisma.PositionWhereInput {
  return { current: true, OR: [{ endLatest: null }, { endLatest: { gte: now } }] };
}

/** knownToHaveEnded() in SQL, for the compiled read path, from the `current` and `end_latest` columns. */
export const endedSql = (current: string, endLatest: string) =>
  `(NOT ${current} OR (${endLatest} IS NOT NULL AND ${endLatest} < now()))`;

/** What is known now: its source calls it former, or its end date has passed. */
export function knownToHaveEnded(position: { current: boolean; endLatest: Date | null }, now = new Date()): boolean {
  return !position.current || (position.endLatest !== null && position.endLatest < now);
}

export interface PositionsArgs {
  asOf?: Date | null;
  heldAccordingToLatestSource?: boolean | null;
}

/** Person.positions and Organization.positions: held on a day and/or held as the latest source tells, most recent start first. */
export function positionsQuery(args: PositionsArgs) {
  const held =
    args.heldAccordingToLatestSource == null
      ? undefined
      : args.heldAccordingToLatestSource
        ? heldAccordingToLatestSourceWhere()
        : { NOT: heldAccordingToLatestSourceWhere() };
  return {
    where: { AND: [heldOnWhere(args.asOf) ?? {}, held ?? {}] },
    orderBy: [{ startDate: { sort: "desc" as const, nulls: "last" as const } }, { id: "asc" as const }],
  };
}

export interface PositionMatchInput extends PositionsArgs {
  title?: StringFilterInput | null;
  organization?: OrganizationMatchInput | null;
}

/** A position with every given property: title, organization (with its parts), held on a day, held as the latest source tells. */
export function positionMatchWhere(
  match: PositionMatchInput,
  find: FindRecord,
  argument: string,
): Prisma.PositionWhereInput {
  return {
    AND: [
      match.title ? { title: stringWhere(match.title) } : {},
      match.organization
        ? { organization: organizationWhere(match.organization, find, `${argument}.organization`) }
        : {},
      positionsQuery(match).where,
    ],
  };
}
