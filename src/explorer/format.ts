// Small pieces every view draws the same way: dates at their precision, citations, badges.
import { h } from "./dom.js";
import type { CitationFieldsFragment, DatePrecision, KnownDateFieldsFragment } from "./generated/graphql.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2011-08-09" at DAY is "9 Aug 2011"; at MONTH "Aug 2011"; at YEAR "2011". */
function formatDate(date: KnownDateFieldsFragment): string {
  const [year, month, day] = date.value.split("-");
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (date.precision === "DAY" && day && monthName) return `${Number(day)} ${monthName} ${year}`;
  if (date.precision !== "YEAR" && monthName) return `${monthName} ${year}`;
  return year ?? date.value;
}

const PRECISION_WORD: Record<DatePrecision, string> = { DAY: "day", MONTH: "month only", YEAR: "year only" };

/** The date with its precision, and an "inferred" mark whose tooltip says how. */
export function dateLabel(date: KnownDateFieldsFragment | null | undefined, undatedText = "Undated"): HTMLElement {
  if (!date) return h("span", { class: "date undated" }, undatedText);
  return h(
    "span",
    { class: "date" },
    h("time", { datetime: date.value }, formatDate(date)),
    date.precision !== "DAY"
      ? h(
          "span",
          { class: "badge precision", title: `Known to the ${date.precision.toLowerCase()}` },
          PRECISION_WORD[date.precision],
        )
      : null,
    date.basis === "INFERRED"
      ? h(
          "span",
          { class: "badge inferred", title: date.note ?? "Derived by the curator, not printed in the source" },
          "inferred",
        )
      : null,
  );
}

export function citation(cite: CitationFieldsFragment): HTMLElement {
  return h(
    "figure",
    { class: "citation" },
    h("blockquote", { "data-testid": "citation-quote" }, cite.quote),
    h("figcaption", {}, "— ", h("cite", {}, cite.document.title)),
  );
}

export const humanize = (value: string) => value.charAt(0) + value.slice(1).toLowerCase().replaceAll("_", " ");

export const badge = (value: string, kind: string) =>
  h("span", { class: `badge ${kind} ${kind}-${value.toLowerCase()}` }, humanize(value));
