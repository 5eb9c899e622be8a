// Reads a dataset file and the source texts it names (paths relative to the dataset file).
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { Db } from "../../infra/db.js";
import { PROJECT_ROOT } from "../../infra/project-root.js";
import { type ImportSummary, importDataset } from "./dataset.service.js";
import { DatasetError, extractDocumentBodies, parseDataset } from "./dataset.validation.js";

export const SEED_DATASET = join(PROJECT_ROOT, "seed/accord.dataset.json");

export async function loadDatasetFile(db: Db, file: string): Promise<ImportSummary> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new DatasetError([{ path: file, message: `cannot be read as JSON: ${(error as Error).message}` }]);
  }
  const dataset = parseDataset(raw);
  const bodies = extractDocumentBodies(dataset, (source) => {
    const path = resolve(dirname(file), source);
    return existsSync(path) ? readFileSync(path, "utf8") : undefined;
  });
  return importDataset({ db, dataset, bodies });
}
