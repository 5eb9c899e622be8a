import type { Prisma } from "../../generated/prisma/client.js";

/**
 * Positions not known to exclude the day: begun on or before it (or start unknown) and not
 * ended before it (or end unknown). A role the source calls "then ..." without an end date
 * still matches, since when it ended is unknown.
 */
export function heldOnWhere(day: Date | null | undefined): Prisma.PositionWhereInput | undefined {
  if (!day) return undefined;
  return {
    AND: [{ OR: [{ startDate: null }, { startDate: { lte: day } }] }, { OR: [{ endLatest: null }, { endLatest: { gte: day } }] }],
  };
}
