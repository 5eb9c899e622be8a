// The curated dataset format shared by `npm run seed` and imports. Records refer to each
// other by slug; quotes are exact excerpts of a document, located by the loader.
import { z } from "zod";
import { parsePartialDate, partialDateEnd } from "../shared/partial-date.js";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. japan-ministry-of-defense");

/** "2011", "2011-08" or "2011-08-09": the precision is how much of the date is given. */
export const partialDateText = z.string().superRefine((text, ctx) => {
  if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(text))
    ctx.addIssue({ code: "custom", message: "must be YYYY, YYYY-MM or YYYY-MM-DD" });
  else if (!parsePartialDate(text)) ctx.addIssue({ code: "custom", message: "is not a day of the calendar" });
});

const basis = z.enum(["STATED", "INFERRED"]);

/** A date with how it is known: `note` says why when the basis is INFERRED. */
const datedFact = z
  .object({ value: partialDateText, basis: basis.default("STATED"), note: z.string().min(1).optional() })
  .strict()
  .refine((date) => date.basis === "STATED" || date.note, {
    message: "an INFERRED date needs a note saying how it was inferred",
    path: ["note"],
  });

/** An exact excerpt; `occurrence` picks among repeats of the same text (1-based). */
const citation = z
  .object({ document: slug, quote: z.string().min(1), occurrence: z.number().int().positive().optional() })
  .strict();

const party = z.union([
  z.object({ person: slug }).strict(),
  z.object({ organization: slug }).strict(),
  z.object({ country: slug }).strict(),
]);

export const datasetSchema = z
  .object({
    countries: z
      .array(
        z
          .object({
            slug: z.string().regex(/^[a-z]{2}$/, "must be an ISO 3166-1 alpha-2 code in lower case"),
            name: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    topics: z.array(z.object({ slug, name: z.string().min(1) }).strict()).default([]),
    documents: z
      .array(
        z
          .object({
            slug,
            title: z.string().min(1),
            publisher: z.string().min(1),
            url: z.string().url().optional(),
            published: datedFact.optional(),
            language: z.string().min(2).default("en"),
            note: z.string().optional(),
            /** Path of the verbatim source file, relative to the dataset file. */
            file: z.string().min(1),
            /** The body is the file's text from the first occurrence of `from` through the end of `through`. */
            from: z.string().min(1),
            through: z.string().min(1),
          })
          .strict(),
      )
      .default([]),
    organizations: z
      .array(
        z
          .object({
            slug,
            name: z.string().min(1),
            acronym: z.string().optional(),
            kind: z.enum([
              "GOVERNMENT",
              "MINISTRY",
              "BUREAU",
              "ARMED_FORCES",
              "MILITARY_STAFF",
              "INTERNATIONAL_ORGANIZATION",
              "PEACEKEEPING_MISSION",
              "MULTILATERAL_FORUM",
              "DIPLOMATIC_MISSION",
              "OTHER",
            ]),
            country: z.string().optional(),
            parent: slug.optional(),
          })
          .strict(),
      )
      .default([]),
    people: z
      .array(
        z
          .object({ slug, name: z.string().min(1), fullName: z.string().optional(), country: z.string().optional() })
          .strict(),
      )
      .default([]),
    positions: z
      .array(
        z
          .object({
            slug,
            person: slug,
            organization: slug,
            title: z.string().min(1),
            start: datedFact.optional(),
            end: datedFact.optional(),
            current: z.boolean(),
            basis: basis.default("STATED"),
            note: z.string().optional(),
            cite: citation,
          })
          .strict()
          .refine((p) => !p.start || !p.end || !endsBeforeStart(p.start.value, p.end.value), {
            message: "the position ends before it starts",
            path: ["end"],
          }),
      )
      .default([]),
    meetings: z
      .array(
        z
          .object({
            slug,
            title: z.string().min(1),
            kind: z.enum([
              "BILATERAL_MEETING",
              "COURTESY_CALL",
              "DEFENSE_DIALOGUE",
              "WORKING_LEVEL_TALKS",
              "MINISTERIAL_VISIT",
              "MULTILATERAL_MEETING",
              "OTHER",
            ]),
            status: z.enum(["PLANNED", "SCHEDULED", "POSTPONED", "HELD", "CANCELLED"]),
            statusReason: z.string().optional(),
            date: datedFact.optional(),
            originalDate: datedFact.optional(),
            place: z.string().optional(),
            placeCountry: z.string().optional(),
            series: z.string().optional(),
            sequenceNumber: z.number().int().positive().optional(),
            summary: z.string().optional(),
            basis: basis.default("STATED"),
            cite: citation,
            participants: z
              .array(
                z
                  .object({
                    person: slug,
                    position: slug.optional(),
                    organization: slug.optional(),
                    country: z.string().optional(),
                    roleTitle: z.string().min(1),
                    side: z.enum(["HOST", "GUEST"]),
                    basis: basis.default("STATED"),
                    /** INFERRED when the source only implies the organization; `organizationNote` says how. */
                    organizationBasis: basis.default("STATED"),
                    organizationNote: z.string().min(1).optional(),
                    cite: citation,
                  })
                  .strict()
                  .refine((p) => p.organizationBasis === "STATED" || (p.organization && p.organizationNote), {
                    message: "an INFERRED organization needs the organization and a note saying how it was inferred",
                    path: ["organizationNote"],
                  }),
              )
              .default([]),
          })
          .strict(),
      )
      .default([]),
    commitments: z
      .array(
        z
          .object({
            slug,
            kind: z.enum(["REQUEST", "PLEDGE", "AGREEMENT", "CONCURRENCE", "RESPONSE", "EXPRESSION"]),
            statement: z.string().min(1),
            status: z.enum(["OPEN", "FULFILLED", "DECLINED", "DEFERRED", "UNKNOWN", "NOT_APPLICABLE"]),
            meeting: slug.optional(),
            topic: slug.optional(),
            respondsTo: slug.optional(),
            /**
             * The deadline: `text` in the source's words, `date` when the source dates it, and
             * `asSoonAsPossible` when not read from the words. Words relative to the source ("January
             * next year") without a date get one computed from the cited document's date.
             */
            due: z
              .object({
                date: z
                  .union([
                    partialDateText.transform((value) => ({ value, basis: "STATED" as const, note: undefined })),
                    datedFact,
                  ])
                  .optional(),
                text: z.string().min(1).optional(),
                asSoonAsPossible: z.boolean().optional(),
              })
              .strict()
              .refine((due) => due.date || due.text || due.asSoonAsPossible, {
                message: "give a date, the source's words, or asSoonAsPossible",
              })
              .optional(),
            makers: z.array(party).min(1, "a commitment needs at least one maker"),
            addressees: z.array(party).default([]),
            basis: basis.default("STATED"),
            cite: citation,
          })
          .strict(),
      )
      .default([]),
  })
  .strict();

/** True when the latest day `end` can mean is before the first day `start` can mean. */
function endsBeforeStart(start: string, end: string): boolean {
  const [from, to] = [parsePartialDate(start), parsePartialDate(end)];
  return from !== undefined && to !== undefined && partialDateEnd(to) < from.start;
}

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type Party = z.infer<typeof party>;
export type Citation = z.infer<typeof citation>;
