// Checks a dataset before anything is written: its shape (zod), its source texts, and the order
// of records that refer to others in the same list. Every failure is a DatasetError listing all
// the problems found, each with the record and field it concerns.
import type { ZodIssue } from "zod";
import { type Dataset, datasetSchema } from "./dataset.format.js";

export interface DatasetProblem {
  /** Where in the dataset, e.g. `meetings[0] "kitazawa-ban".participants[1].person`. */
  path: string;
  message: string;
}

/** A dataset that cannot be loaded; `problems` lists every reason found, not just the first. */
export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `The dataset has ${problems.length} problem(s):\n${problems.map((p) => `  - ${p.path}: ${p.message}`).join("\n")}`,
    );
    this.name = "DatasetError";
  }
}

/** Validates the shape of a dataset; errors name the record by its slug and the field. */
export function parseDataset(raw: unknown): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new DatasetError(
    parsed.error.issues.map((issue) => ({ path: describePath(raw, issue.path), message: issue.message })),
  );
}

/** `["meetings", 0, "date"]` -> `meetings[0] "kitazawa-ban".date`: the slug says which record. */
export function describePath(raw: unknown, path: ZodIssue["path"]): string {
  let text = "";
  let node: unknown = raw;
  for (const key of path) {
    node = node && typeof node === "object" ? (node as Record<string | number, unknown>)[key] : undefined;
    if (typeof key === "number") {
      text += `[${key}]`;
      const slug = node && typeof node === "object" ? (node as { slug?: unknown }).slug : undefined;
      if (typeof slug === "string") text += ` "${slug}"`;
    } else {
      text += text ? `.${key}` : key;
    }
  }
  return text || "(dataset)";
}

/** The text of every document in the dataset, keyed by slug. */
export type DocumentBodies = Map<string, string>;

/** Cuts each document's body out of its source file text, from `from` through `through`. */
export function extractDocumentBodies(
  dataset: Dataset,
  readSource: (file: string) => string | undefined,
): DocumentBodies {
  const problems: DatasetProblem[] = [];
  const bodies: DocumentBodies = new Map();
  dataset.documents.forEach((document, index) => {
    const path = `documents[${index}] "${document.slug}"`;
    const text = readSource(document.file);
    const start = text?.indexOf(document.from) ?? -1;
    const through = text && start >= 0 ? text.indexOf(document.through, start) : -1;
    if (text === undefined)
      problems.push({ path: `${path}.file`, message: `source file "${document.file}" not found` });
    else if (start < 0)
      problems.push({ path: `${path}.from`, message: `"${document.from}" does not occur in ${document.file}` });
    else if (through < 0)
      problems.push({
        path: `${path}.through`,
        message: `"${document.through}" does not occur after "from" in ${document.file}`,
      });
    else bodies.set(document.slug, text.slice(start, through + document.through.length));
  });
  if (problems.length) throw new DatasetError(problems);
  return bodies;
}

/**
 * Orders records so that each comes after the record it refers to within the same list
 * (an organization after its parent, a response after the request it answers).
 */
export function orderParentsFirst<T extends { slug: string }>(
  records: T[],
  parentOf: (record: T) => string | undefined,
  table: string,
  field: string,
): T[] {
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const indexOf = new Map(records.map((r, index) => [r.slug, index]));
  const ordered: T[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (record: T, chain: string[]) => {
    if (state.get(record.slug) === "done") return;
    if (state.get(record.slug) === "visiting") {
      const start = chain[0] ?? record.slug;
      throw new DatasetError([
        {
          path: `${table}[${indexOf.get(start)}] "${start}".${field}`,
          message: `refers back to itself through ${[...chain, record.slug].join(" -> ")}`,
        },
      ]);
    }
    state.set(record.slug, "visiting");
    const parent = parentOf(record);
    const parentRecord = parent ? bySlug.get(parent) : undefined;
    if (parentRecord) visit(parentRecord, [...chain, record.slug]);
    state.set(record.slug, "done");
    ordered.push(record);
  };
  for (const record of records) visit(record, []);
  return ordered;
}
