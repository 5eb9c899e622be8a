// Whole-database exports for researchers: commitments.csv, meetings.csv and popolo.json, each
// produced as text chunks so a large database streams instead of being held in memory.
import { commitmentsCsv } from "./commitments-csv.js";
import type { ExportOptions } from "./csv.js";
import { meetingsCsv } from "./meetings-csv.js";
import { popoloJson } from "./popolo.js";

export { COMMITMENT_COLUMNS, commitmentsCsv } from "./commitments-csv.js";
export { MEETING_COLUMNS, meetingsCsv } from "./meetings-csv.js";
export type { Popolo } from "./popolo.js";

export type ExportName = "commitments.csv" | "meetings.csv" | "popolo.json";

export interface ExportFile {
  name: ExportName;
  contentType: string;
  /** The file's text, in chunks; the first chunk arrives only after the first query succeeded. */
  chunks(options?: ExportOptions): AsyncGenerator<string>;
}

export const EXPORTS: Record<ExportName, ExportFile> = {
  "commitments.csv": { name: "commitments.csv", contentType: "text/csv; charset=utf-8", chunks: commitmentsCsv },
  "meetings.csv": { name: "meetings.csv", contentType: "text/csv; charset=utf-8", chunks: meetingsCsv },
  "popolo.json": { name: "popolo.json", contentType: "application/json", chunks: popoloJson },
};

export const EXPORT_NAMES = Object.keys(EXPORTS) as ExportName[];

export function isExportName(name: string): name is ExportName {
  return Object.hasOwn(EXPORTS, name);
}
