// The generator's in-memory world before it is written: organizations, people, positions and
// planned meetings, documents under construction, and the date and wording helpers they share.
import { codePointLength } from "../../src/modules/dataset/quotes.js";
import type { WeightedTable } from "./random.js";
import type { CountrySpec, MEETING_KINDS } from "./vocabulary.js";

export type Precision = "DAY" | "MONTH" | "YEAR";
export type Side = "HOST" | "GUEST";

export interface Org {
  id: string;
  kind: string;
  name: string;
  countryId: string | null;
  titles: string[];
  /** Relative chance that a person of its actor works here. */
  weight: number;
}

export interface Position {
  id: string;
  org: Org;
  title: string;
  start: string | null;
  startPrecision: Precision | null;
  current: boolean;
}

export interface Person {
  id: string;
  name: string;
  fullName: string | null;
  /** How the person is printed in running text: the full name when known. */
  printed: string;
  countryId: string | null;
  positions: Position[];
}

/** Someone a meeting can have on one side: a country's delegation or an international body's. */
export interface Actor {
  key: string;
  label: string;
  /** Country represented, or null for an international body. */
  countryId: string | null;
  country?: CountrySpec;
  orgs: Org[];
  people: Person[];
  picker?: WeightedTable<Person>;
  weight: number;
  publisher: string;
}

export interface MeetingPlan {
  index: number;
  kind: (typeof MEETING_KINDS)[number]["kind"];
  host: Actor;
  guests: Actor[];
  date: string | null;
  precision: Precision | null;
  dateInferred: boolean;
  status: "PLANNED" | "SCHEDULED" | "POSTPONED" | "HELD" | "CANCELLED";
  originalDate: string | null;
  statusReason: string | null;
  series: string | null;
  sequence: number | null;
  topics: Topic[];
  weight: number;
  commitments: number;
}

export interface Topic {
  id: string;
  key: string;
  object: string;
}

export interface Participant {
  person: Person;
  position: Position;
  actor: Actor;
  side: Side;
  orgId: string | null;
  countryId: string | null;
}

/** A document under construction: appends text and records where each cited sentence lands. */
export class DocumentText {
  private parts: string[] = [];
  private length = 0;

  add(text: string): void {
    this.parts.push(text);
    this.length += codePointLength(text);
  }

  /** Appends a sentence and returns its [start, end) in code points. */
  sentence(text: string): [number, number] {
    const start = this.length;
    this.add(text);
    return [start, this.length];
  }

  get body(): string {
    return this.parts.join("");
  }
}

export const DAY_MS = 86_400_000;
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
export const FIRST_DAY = Date.UTC(2000, 0, 1) / DAY_MS;
export const LAST_DAY = Date.UTC(2026, 11, 31) / DAY_MS;
/** Meetings after this day are still to come in the synthetic world. */
export const PRESENT_DAY = Date.UTC(2025, 8, 30) / DAY_MS;
/** created_at of synthetic rows: fixed, so reruns produce identical rows. */
const CREATED_BASE = Date.UTC(2024, 0, 1);

export const iso = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
export const timestamp = (table: number, index: number) =>
  new Date(CREATED_BASE + table * 10_000_000_000 + index * 1000).toISOString();

export function truncate(date: string, precision: Precision): string {
  return precision === "DAY" ? date : precision === "MONTH" ? `${date.slice(0, 7)}-01` : `${date.slice(0, 4)}-01-01`;
}

export function datePhrase(date: string, precision: Precision, withYear = true): string {
  const [year, month, day] = [date.slice(0, 4), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
  if (precision === "YEAR") return year;
  if (precision === "MONTH") return withYear ? `${MONTHS[month - 1]} ${year}` : `${MONTHS[month - 1]}`;
  return withYear ? `${MONTHS[month - 1]} ${day}, ${year}` : `${MONTHS[month - 1]} ${day}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? "th" : (["th", "st", "nd", "rd"][n % 10] ?? "th");
  return `${n}${suffix}`;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

export function listPhrase(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
