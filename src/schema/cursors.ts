// A cursor taken from another list names a record this list does not hold; Prisma would just
// return an empty page, which reads as "no more results". Say what is wrong instead.
import { parsePrismaCursor } from "@pothos/plugin-prisma";
import { badInput } from "../modules/shared/lookup.js";

export async function refuseForeignCursor<T>(
  rows: T[],
  args: { after?: string | null; before?: string | null },
  list: string,
  exists: (id: string) => Promise<unknown>,
): Promise<T[]> {
  const cursor = args.after ?? args.before;
  if (rows.length > 0 || !cursor) return rows;
  const id = parsePrismaCursor(cursor);
  if (typeof id === "string" && !(await exists(id)))
    throw badInput(`Cursor "${cursor}" does not come from the ${list} list: page with cursors this list returned`);
  return rows;
}
