// How `node(id:)` and `nodes(ids:)` find records: in one batch, following merge redirects,
// with a NOT_FOUND error in place of each unknown id. The builder's relay options call it.
import { brandWithType } from "@pothos/core";
import { db } from "../infra/db.js";
import { encodeGlobalId } from "./global-id.js";
import { notFound, redirectedId } from "./lookup.js";

export type GlobalId = { typename: string; id: string };

/** Pothos loads nodes with findUniqueOrThrow, and a batch fails as a whole when one is missing. */
const isMissing = (error: unknown) => (error as { code?: string }).code === "P2025";

const keyOf = (id: GlobalId) => `${id.typename}:${id.id}`;

type Delegate = { findMany(args: object): Promise<Array<{ id: string }>> };

/** Rows straight from Prisma (the request's node loader has cached the failed batch): one statement per type. */
async function loadByType(ids: GlobalId[]): Promise<Map<string, unknown>> {
  const byType = new Map<string, Set<string>>();
  for (const { typename, id } of ids) byType.set(typename, (byType.get(typename) ?? new Set()).add(id));
  const found = new Map<string, unknown>();
  await Promise.all(
    [...byType].map(async ([typename, typeIds]) => {
      const delegate = (db as unknown as Record<string, Delegate | undefined>)[
        `${typename[0]?.toLowerCase()}${typename.slice(1)}`
      ];
      for (const row of (await delegate?.findMany({ where: { id: { in: [...typeIds] } } })) ?? []) {
        brandWithType(row, typename as never);
        found.set(keyOf({ typename, id: row.id }), row);
      }
    }),
  );
  return found;
}

/** The survivors of merged-away records, by the old id's key: one statement for them all. */
async function survivorsOf(ids: GlobalId[]): Promise<Map<string, GlobalId>> {
  if (ids.length === 0) return new Map();
  const redirects = await db.redirect.findMany({
    where: { oldId: { in: [...new Set(ids.map(({ id }) => id))] } },
    select: { model: true, oldId: true, newId: true },
  });
  return new Map(
    redirects.map(({ model, oldId, newId }) => [keyOf({ typename: model, id: oldId }), { typename: model, id: newId }]),
  );
}

/**
 * Resolves ids to nodes in one batch; when some are missing, loads the batch again one statement
 * per type, then the survivors of merged-away records together; unknown ids become NOT_FOUND
 * errors in their place. However many ids are unknown, a few statements in all.
 */
export async function resolveNodes(
  ids: GlobalId[],
  loadAll: (ids: GlobalId[]) => Promise<unknown[]>,
): Promise<unknown[]> {
  const found = await loadAll(ids).then(
    (loaded) => new Map(ids.map((id, index) => [keyOf(id), loaded[index]] as const)),
    (error) => {
      if (!isMissing(error)) throw error;
      return loadByType(ids);
    },
  );
  const survivors = await survivorsOf(ids.filter((id) => found.get(keyOf(id)) == null));
  const merged = await loadByType([...survivors.values()]);
  return ids.map((id) => {
    const survivor = survivors.get(keyOf(id));
    return (
      found.get(keyOf(id)) ??
      (survivor && merged.get(keyOf(survivor))) ??
      notFound(`${id.typename} with id "${encodeGlobalId(id.typename, id.id)}"`)
    );
  });
}
