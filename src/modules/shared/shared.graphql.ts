// Types every domain uses: how a fact is known, dates with precision, and citations.

import { type SqlObject, sqlObject } from "../../compiled-reads/declare.js";
import { Basis, DatePrecision } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";
import { formatPartialDate, type PartialDate, partialDateEnd } from "./partial-date.js";

export const BasisEnum = builder.enumType(Basis, {
  name: "Basis",
  description: "Whether a fact is printed in the source (STATED) or derived from it by the curator (INFERRED).",
});

export const DatePrecisionEnum = builder.enumType(DatePrecision, {
  name: "DatePrecision",
  description: "How much of a date is known.",
});

export interface KnownDateShape extends PartialDate {
  basis: Basis;
  note: string | null;
}

export const KnownDate = builder.objectRef<KnownDateShape>("KnownDate").implement({
  description: "A date as precisely as the sources give it, with the period it covers and how it is known.",
  fields: (t) => ({
    value: t.field({
      type: "PartialDate",
      description: 'The date at its precision, e.g. "2011-08-09" or "2011-03".',
      resolve: formatPartialDate,
    }),
    precision: t.field({
      type: DatePrecisionEnum,
      description: "Whether the year, the month or the day is known.",
      resolve: (date) => date.precision,
    }),
    earliest: t.field({
      type: "Date",
      description: "First day of the period the date covers.",
      resolve: (date) => date.start,
    }),
    latest: t.field({ type: "Date", description: "Last day of the period the date covers.", resolve: partialDateEnd }),
    basis: t.field({
      type: BasisEnum,
      description: "STATED when the source prints the date; INFERRED when it was derived.",
      resolve: (date) => date.basis,
    }),
    note: t.string({ nullable: true, description: "How an inferred date was derived.", resolve: (date) => date.note }),
  }),
});

/** A KnownDate from a (date, precision) column pair; null when the date is unknown. */
export function knownDate(
  start: Date | null,
  precision: DatePrecision | null,
  basis: Basis = "STATED",
  note: string | null = null,
): KnownDateShape | null {
  return start && precision ? { start, precision, basis, note } : null;
}

/** knownDate() in SQL, for the compiled read path: the KnownDate fields from a (date, precision) column pair. */
export function knownDateSql(start: string, precision: string, basis = "'STATED'", note = "NULL"): SqlObject {
  const part = (field: string) => `extract(${field} from ${start})::int`;
  return sqlObject(`${start} IS NOT NULL AND ${precision} IS NOT NULL`, {
    value: `CASE ${precision} WHEN 'YEAR' THEN to_char(${start}, 'YYYY') WHEN 'MONTH' THEN to_char(${start}, 'YYYY-MM') ELSE to_char(${start}, 'YYYY-MM-DD') END`,
    precision,
    earliest: start,
    latest: `CASE ${precision} WHEN 'YEAR' THEN make_date(${part("year")}, 12, 31) WHEN 'MONTH' THEN (make_date(${part("year")}, ${part("month")}, 1) + interval '1 month - 1 day')::date ELSE ${start} END`,
    basis,
    note,
  });
}

builder.prismaObject("Citation", {
  select: { id: true },
  description: "An exact excerpt of a source document that a fact is drawn from.",
  fields: (t) => ({
    quote: t.exposeString("quote", { description: "The excerpt, verbatim." }),
    startOffset: t.exposeInt("startOffset", {
      description:
        "Offset of the excerpt's first character in the document body, counted in Unicode code points from 0.",
    }),
    endOffset: t.exposeInt("endOffset", {
      description: "Offset just past the excerpt's last character (half-open range).",
    }),
    document: t.relation("document", { description: "The document quoted." }),
  }),
});
