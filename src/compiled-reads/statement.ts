// One SQL statement being built: its parameters, table aliases, and the SQL forms of Accord's
// global ids and plugin-prisma's cursors (the same bytes src/schema/global-id.ts and the plugin make).

/**
 * SQL standing where a filter expects a value: the id of a record named by slug, which the
 * statement looks up itself (src/compiled-reads/references.ts) instead of a statement before it.
 */
export class SqlValue {
  constructor(readonly sql: string) {}
}

export class Statement {
  readonly params: unknown[] = [];
  private aliases = 0;

  /** A placeholder for a value; PostgreSQL infers its type from where it is used. */
  param(value: unknown): string {
    if (value instanceof SqlValue) return value.sql;
    if (Array.isArray(value) && value.some((item) => item instanceof SqlValue))
      return `ARRAY[${value.map((item) => this.param(item)).join(", ")}]`;
    // A Date is sent as UTC text: pg would otherwise format it in the server's local time zone.
    this.params.push(value instanceof Date ? value.toISOString() : value);
    return `$${this.params.length}`;
  }

  alias(): string {
    this.aliases += 1;
    return `t${this.aliases}`;
  }
}

/** A string literal; only used for names taken from the schema, never for input. */
export const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** base64url of "Typename:uuid", unpadded: encodeGlobalId in SQL. */
export const globalIdSql = (typename: string, id: string) =>
  `rtrim(translate(encode(convert_to(${literal(`${typename}:`)} || ${id}::text, 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/** plugin-prisma's cursor for a string id: base64 of "GPC:S:<id>". */
export const cursorSql = (id: string) =>
  `translate(encode(convert_to('GPC:S:' || ${id}::text, 'UTF8'), 'base64'), E'\\n', '')`;

/** json_build_object takes at most 100 arguments. */
export const MAX_OBJECT_KEYS = 50;

export function jsonObject(entries: Array<[string, string]>): string {
  return `json_build_object(${entries.map(([key, value]) => `${literal(key)}, ${value}`).join(", ")})`;
}
