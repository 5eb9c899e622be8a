// What a run adds for a scale (row counts per table) and the names every part of the generator shares.
import { clamp } from "./model.js";
import { COUNTRIES, EMBASSIES_PER_COUNTRY, INTERNATIONAL, ORG_TEMPLATES, TOPICS, UN_MISSIONS } from "./vocabulary.js";

export const DEFAULT_SEED = 20261127;
/** Every synthetic source document's slug starts with this; its presence marks a generated database. */
export const SYNTHETIC_PREFIX = "synthetic-";

/** A one-line, user-facing reason the generator refused or failed. */
export class SyntheticDataError extends Error {
  override name = "SyntheticDataError";
}

/** Row counts the generator adds for a scale. Tables not listed here vary with the draw (see GenerateResult). */
export interface Plan {
  countries: number;
  internationalBodies: number;
  organizations: number;
  topics: number;
  people: number;
  meetings: number;
  commitments: number;
}

export function planFor(scale: number): Plan {
  if (!Number.isFinite(scale) || scale <= 0)
    throw new SyntheticDataError(`--scale must be a positive number, got ${scale}`);
  const meetings = Math.round(10_000 * scale);
  const commitments = Math.round(100_000 * scale);
  if (meetings < 2)
    throw new SyntheticDataError(`--scale ${scale} is too small: it must give at least 2 meetings (scale >= 0.00015)`);
  const countries = clamp(Math.round(40 * Math.sqrt(scale)), 4, COUNTRIES.length);
  const internationalBodies = clamp(Math.round(5 * Math.sqrt(scale)), 2, INTERNATIONAL.length);
  const perInternational = 1 + 2; // the body and its two sub-bodies
  return {
    countries,
    internationalBodies,
    organizations:
      countries * (ORG_TEMPLATES.length + EMBASSIES_PER_COUNTRY) +
      internationalBodies * perInternational +
      UN_MISSIONS.length,
    topics: TOPICS.length,
    people: Math.max(Math.round(5_000 * scale), countries * 4 + internationalBodies * 3),
    meetings,
    commitments,
  };
}

export const TABLES = [
  "country",
  "topic",
  "organization",
  "person",
  "source_document",
  "citation",
  "position",
  "meeting",
  "participation",
  "commitment",
  "commitment_party",
  "commitment_status_change",
] as const;
export type Table = (typeof TABLES)[number];
