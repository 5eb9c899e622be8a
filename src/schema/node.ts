// How `node(id:)` and `nodes(ids:)` find records: in one batch, following merge redirects,
// with a NOT_FOUND error in place of each unknown id. The builder's relay options call it.
import { brandWithType } from "@pothos/core";
import { db } from "../infra/db.js";
import { encodeGlobalId } from "./global-id.js";
import { notFound, redirectedId } from "./lookup.js";

export type GlobalId = { typename: string; id: string };

/** Pothos loads nodes with findUniqueOrThrow, and a batch fails as a whole when one is missing. */
const isMissing = (error: unknown) => (error as { code?: string }).code === "P2025";

/**
 * Resolves ids to nodes in one batch, falling back to one by one when some are missing; follows
 * merge redirects; unknown ids become NOT_FOUND errors in their place.
 */
export async function resolveNodes(
  ids: GlobalId[],
  loadAll: (ids: GlobalId[]) => Promise<unknown[]>,
): Promise<unknown[]> {
  // Straight from Prisma: the request's node loader has cached the failed batch.
  const loadOne = async (id: GlobalId): Promise<unknown> => {
    const model = `${id.typename[0]?.toLowerCase()}${id.typename.slice(1)}`;
    const node = await (db as unknown as Record<string, { findUnique(args: object): Promise<object | null> }>)[
      model
    ]?.findUnique({ where: { id: id.id } });
    if (node) brandWithType(node, id.typename as never);
    return node ?? null;
  };
  const loaded = await loadAll(ids).catch(async (error) => {
    if (!isMissing(error)) throw error;
    const nodes: unknown[] = [];
    for (const id of ids) nodes.push(await loadOne(id));
    return nodes;
  });
  const byKey = new Map(ids.map((id, index) => [`${id.typename}:${id.id}`, loaded[index]]));
  return Promise.all(
    ids.map(async (id) => {
      const node =
        byKey.get(`${id.typename}:${id.id}`) ??
        (await redirectedId(id.typename, { id: id.id }).then((newId) =>
          newId ? loadOne({ ...id, id: newId }) : null,
        ));
      return node ?? notFound(`${id.typename} with id "${encodeGlobalId(id.typename, id.id)}"`);
    }),
  );
}
