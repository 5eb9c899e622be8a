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

/**
 * Held according to the latest source about the role: described as held by its source (not
 * "then ..."), with no end date that has passed, and not outdated by a later source about the same
 * title in the same organization (one naming someone as holding it, or calling this tenure over).
 */
export function heldAccordingToLatestSourceWhere(now = new Date()): Prisma.PositionWhereInput {
  return { current: true, OR: [{ endLatest: null }, { endLatest: { gte: now } }], supersededBy: { none: {} } };
}

/** What knownToHaveEnded() reads of a position; select it with `ENDED_SELECT`. */
export interface EndedInput {
  current: boolean;
  endLatest: Date | null;
  supersededBy: unknown[];
}

/** The columns and relation knownToHaveEnded() needs: one later source is enough. */
export const ENDED_SELECT = {
  current: true,
  endLatest: true,
  supersededBy: { select: { supersedingPositionId: true }, take: 1 },
} as const;

/** knownToHaveEnded() in SQL, for the compiled read path, from the `current`, `end_latest` and `id` columns. */
export const endedSql = (current: string, endLatest: string, id: string) =>
  `(NOT ${current} OR (${endLatest} IS NOT NULL AND ${endLatest} < now()) OR EXISTS (SELECT 1 FROM position_supersession s WHERE s.position_id = ${id}))`;

/** What is known now: its source calls it former, its end date has passed, or a later source about the role outdates it. */
export function knownToHaveEnded(position: EndedInput, now = new Date()): boolean {
  return (
    !position.current || (position.endLatest !== null && position.endLatest < now) || position.supersededBy.length > 0
  );
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
