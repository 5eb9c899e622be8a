// Dates known to a year, a month or a day. Stored as the first day of the known period plus
// its precision; compared as the whole period, so "2011-08" overlaps any day of August 2011.
import type { DatePrecision } from "../../generated/prisma/enums.js";

export interface PartialDate {
  /** First day of the known period, at UTC midnight. */
  start: Date;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses "2011", "2011-08" or "2011-08-09"; returns undefined for anything else. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const match = PATTERN.exec(text);
  if (!match) return undefined;
  const [, year, month, day] = match;
  const start = new Date(Date.UTC(Number(year), month ? Number(month) - 1 : 0, day ? Number(day) : 1));
  const precision: DatePrecision = day ? "DAY" : month ? "MONTH" : "YEAR";
  // Date.UTC rolls 2011-02-30 over into March: a round trip catches impossible days.
  if (formatPartialDate({ start, precision }) !== text) return undefined;
  return { start, precision };
}

export function formatPartialDate({ start, precision }: PartialDate): string {
  const iso = start.toISOString();
  return precision === "DAY" ? iso.slice(0, 10) : precision === "MONTH" ? iso.slice(0, 7) : iso.slice(0, 4);
}

/** Last day of the known period. */
export function partialDateEnd({ start, precision }: PartialDate): Date {
  const year = start.getUTCFullYear();
  const month = start.getUTCMonth();
  if (precision === "YEAR") return new Date(Date.UTC(year, 11, 31));
  if (precision === "MONTH") return new Date(Date.UTC(year, month + 1, 0));
  return start;
}

/** The (date, precision) column pair for a partial date: undefined leaves it unchanged, null clears it. */
export function dateColumns<D extends string, P extends string>(
  text: string | null | undefined,
  dateColumn: D,
  precisionColumn: P,
) {
  if (text === undefined) return {};
  const parsed = text === null ? null : parsePartialDate(text);
  return { [dateColumn]: parsed?.start ?? null, [precisionColumn]: parsed?.precision ?? null } as Record<D | P, never>;
}
