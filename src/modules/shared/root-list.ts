// What every root list of records (meetings, people, organizations, commitments) shares: the
// default page size, the compiled read path's declaration, `totalCount` over the same filter, and
// a cursor from another list refused by name. A root list declares its model, its filter and
// order query, and its description; this adds the rest.
import { sqlRoot } from "../../compiled-reads/declare.js";
import { DEFAULT_PAGE_SIZE } from "../../schema/builder.js";
import { refuseForeignCursor, rowExists } from "../../schema/cursors.js";
import type { Context } from "../../server/context.js";

/** The Prisma delegate of the listed model (`db.meeting`), as far as a root list uses it. */
interface ListedTable<Row, Where> {
  findMany(args: { where?: Where }): Promise<Row[]>;
  count(args: { where?: Where }): Promise<number>;
}

/**
 * The options of `t.prismaConnection` a root list shares. `query` gives the Prisma `where` and
 * `orderBy` for the arguments; the compiled read path translates the same ones.
 */
export function rootListOptions<Args extends object, Row, Where extends object>(
  model: string,
  list: string,
  table: ListedTable<Row, Where>,
  query: (args: Args, ctx: Context) => { where?: Where; orderBy: readonly object[] },
) {
  return {
    cursor: "id" as const,
    defaultSize: DEFAULT_PAGE_SIZE,
    extensions: sqlRoot({ kind: "connection", model, query }),
    totalCount: (_parent: unknown, args: Args, ctx: Context) => table.count({ where: query(args, ctx).where }),
    resolve: async (
      selection: object,
      _parent: unknown,
      args: Args & { after?: string | null; before?: string | null },
      ctx: Context,
    ) =>
      refuseForeignCursor(await table.findMany({ ...selection, ...query(args, ctx) }), args, list, (id) =>
        rowExists(ctx, model, id),
      ),
  };
}
