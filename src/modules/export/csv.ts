// CSV (RFC 4180) for the exports: CRLF between records, a header row, a field quoted when it
// holds a comma, a double quote, CR or LF, with double quotes doubled; UTF-8 without a
// byte-order mark. Rows are read in keyset-paged batches, one SQL statement per batch, with
// dates and parties formatted in SQL.
import { Prisma } from "../../generated/prisma/client.js";

/** Options every export takes. */
export interface ExportOptions {
  /** Rows per SQL statement for the CSV files. */
  batchSize?: number;
}

export const DEFAULT_BATCH_SIZE = 500;

const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(csvField).join(",")}\r\n`;
}

/** A date column at its precision: "2011", "2011-08" or "2011-08-09". */
export const dateAt = (date: string, precision: string) =>
  Prisma.raw(
    `CASE ${precision}::text WHEN 'DAY' THEN to_char(${date}, 'YYYY-MM-DD') WHEN 'MONTH' THEN to_char(${date}, 'YYYY-MM') WHEN 'YEAR' THEN to_char(${date}, 'YYYY') END`,
  );

/** A commitment's makers or addressees in the source's order: "Ban (person); United Nations (organization)". */
export const partiesOf = (role: "MAKER" | "ADDRESSEE") =>
  Prisma.raw(`(SELECT string_agg(COALESCE(pp.name || ' (person)', po.name || ' (organization)', pc.name || ' (country)'), '; ' ORDER BY cp.position, cp.id)
     FROM commitment_party cp
     LEFT JOIN person pp ON pp.id = cp.person_id
     LEFT JOIN organization po ON po.id = cp.organization_id
     LEFT JOIN country pc ON pc.id = cp.country_id
     WHERE cp.commitment_id = c.id AND cp.role = '${role}')`);

/**
 * A CSV export: `read` pages through its rows in the order of `keys` (an SQL row of sort keys,
 * used in both its WHERE and its ORDER BY), `cursorOf` takes a row's keys, `columns` says which
 * of its fields the file shows, in order. Every export is this frame with its own query.
 */
export function csvExport<Row extends Record<Column, string | number | null>, Column extends string, Cursor>(spec: {
  columns: readonly Column[];
  read: (after: Cursor | null, limit: number) => Promise<Row[]>;
  cursorOf: (row: Row) => Cursor;
}): (options?: ExportOptions) => AsyncGenerator<string> {
  return ({ batchSize = DEFAULT_BATCH_SIZE } = {}) =>
    csv(spec.columns, batches(spec.read, spec.cursorOf, batchSize), (row) => spec.columns.map((column) => row[column]));
}

/** `WHERE (keys) > (after)` for every batch after the first (`after` is null then: no condition). */
export const afterKeys = (keys: Prisma.Sql, after: Prisma.Sql | null): Prisma.Sql =>
  after ? Prisma.sql`WHERE (${keys}) > (${after})` : Prisma.empty;

/** Reads a query in batches after a keyset cursor taken from each batch's last row. */
export async function* batches<Row, Cursor>(
  read: (after: Cursor | null, limit: number) => Promise<Row[]>,
  cursorOf: (row: Row) => Cursor,
  batchSize: number,
): AsyncGenerator<Row[]> {
  let after: Cursor | null = null;
  for (;;) {
    const rows = await read(after, batchSize);
    if (rows.length) yield rows;
    if (rows.length < batchSize) return;
    after = cursorOf(rows[rows.length - 1] as Row);
  }
}

/** Writes the header with the first batch, so a failing first query fails before any output. */
export async function* csv<Row>(
  header: readonly string[],
  rows: AsyncGenerator<Row[]>,
  toRecord: (row: Row) => ReadonlyArray<string | number | null>,
): AsyncGenerator<string> {
  let first = true;
  for await (const batch of rows) {
    const text = batch.map((row) => csvRecord(toRecord(row))).join("");
    yield first ? csvRecord(header) + text : text;
    first = false;
  }
  if (first) yield csvRecord(header);
}
