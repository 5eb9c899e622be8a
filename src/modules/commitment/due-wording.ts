// Deadlines the sources word instead of dating. "As soon as possible" is an urgency, not a
// missing date; "by January next year" or "within the year" is a date relative to when the
// source was written, computed here from the source's own date and marked as inferred.
import type { Basis, DatePrecision } from "../../generated/prisma/enums.js";
import { formatPartialDate, type PartialDate, parsePartialDate } from "../shared/partial-date.js";

export interface DueReading {
  /** Wanted "as soon as possible" or in like words. */
  asSoonAsPossible: boolean;
  /** The date the words point at, relative to the reference date; absent when they name none or the reference is too vague. */
  date?: { value: string; note: string };
}

/** The date a source's relative words are read against, and how to name it in a note. */
export interface DueReference {
  date: PartialDate;
  inferred: boolean;
  /** E.g. 'the publication date of "Meeting between …"'. */
  label: string;
}

const AS_SOON_AS_POSSIBLE =
  /\b(as soon as possible|as early as possible|at an early date|at the earliest (possible )?(opportunity|date|time)|without delay|promptly|immediately|urgently)\b/i;

const MONTHS = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];
const MONTH = `(${MONTHS.join("|")})`;

/** Relative wordings, most specific first; each gives a year offset and, for months, the month. */
const RELATIVE: Array<{
  pattern: RegExp;
  years: number;
  month?: (match: RegExpExecArray, reference: PartialDate) => number | undefined;
}> = [
  {
    pattern: new RegExp(`\\b${MONTH}( of)? (next|the following|the next) year\\b`, "i"),
    years: 1,
    month: (m) => monthIndex(m[1]),
  },
  { pattern: new RegExp(`\\b${MONTH}( of)? this year\\b`, "i"), years: 0, month: (m) => monthIndex(m[1]) },
  { pattern: /\b(next|the following) year\b/i, years: 1 },
  {
    pattern:
      /\b(within|during|by the end of|before the end of|later|in the course of)( the| this)? year\b|\bthis year\b/i,
    years: 0,
  },
  { pattern: /\b(next|the following) month\b/i, years: 0, month: (_m, reference) => relativeMonth(reference, 1) },
  {
    pattern:
      /\b(within|during|by the end of|before the end of|later|in the course of)( the| this)? month\b|\bthis month\b/i,
    years: 0,
    month: (_m, reference) => relativeMonth(reference, 0),
  },
];

const monthIndex = (name: string | undefined) => (name ? MONTHS.indexOf(name.toLowerCase()) : -1);

/** Month index `offset` months after the reference's, or undefined when the reference has no month. */
function relativeMonth(reference: PartialDate, offset: number): number | undefined {
  return reference.precision === "YEAR" ? undefined : reference.start.getUTCMonth() + offset;
}

/** Reads a worded deadline against the date of the source that words it. */
export function readDueWording(text: string, reference: DueReference | undefined): DueReading {
  const asSoonAsPossible = AS_SOON_AS_POSSIBLE.test(text);
  if (!reference) return { asSoonAsPossible };
  for (const { pattern, years, month } of RELATIVE) {
    const match = pattern.exec(text);
    if (!match) continue;
    const monthOfYear = month?.(match, reference.date);
    if (month && (monthOfYear === undefined || monthOfYear < 0)) return { asSoonAsPossible };
    const start = new Date(Date.UTC(reference.date.start.getUTCFullYear() + years, monthOfYear ?? 0, 1));
    const value = formatPartialDate({ start, precision: month ? "MONTH" : "YEAR" });
    const referenceText = `${formatPartialDate(reference.date)}${reference.inferred ? ", itself inferred" : ""}`;
    return {
      asSoonAsPossible,
      date: { value, note: `Computed from the words "${match[0]}" and ${reference.label} (${referenceText}).` },
    };
  }
  return { asSoonAsPossible };
}

/** The cited document's publication date as the reference for relative words; undefined when undated. */
export function documentReference(document: {
  title: string;
  publishedOn: Date | null;
  publishedPrecision: DatePrecision | null;
  publishedBasis: Basis;
}) {
  if (!document.publishedOn || !document.publishedPrecision) return undefined;
  return {
    date: { start: document.publishedOn, precision: document.publishedPrecision },
    inferred: document.publishedBasis === "INFERRED",
    label: `the publication date of "${document.title}"`,
  } satisfies DueReference;
}

/** A deadline as given: a date (with how it is known), words, and an explicit urgency, each optional. */
export interface DueValue {
  date?: string | null;
  dateBasis?: Basis;
  dateNote?: string | null;
  text?: string | null;
  asSoonAsPossible?: boolean | null;
}

/**
 * The commitment's due columns. Words without a date get one computed from the reference (basis
 * INFERRED, with a note); the urgency is read from the words unless given.
 */
export function dueColumns(due: DueValue | null, reference: DueReference | undefined) {
  const reading = due?.text ? readDueWording(due.text, reference) : { asSoonAsPossible: false };
  const computed = due?.date ? undefined : reading.date;
  const date = parsePartialDate(due?.date ?? computed?.value ?? "");
  return {
    dueDate: date?.start ?? null,
    duePrecision: date?.precision ?? null,
    dueText: due?.text ?? null,
    dueBasis: computed ? ("INFERRED" as const) : (due?.dateBasis ?? "STATED"),
    dueNote: computed?.note ?? due?.dateNote ?? null,
    dueAsSoonAsPossible: due?.asSoonAsPossible ?? reading.asSoonAsPossible,
  };
}
