// Single-record lookups by global id or by slug, with client errors that say what was wrong: the
// schema layer's GraphQL errors (NOT_FOUND, BAD_USER_INPUT); services throw the domain errors instead.
// Ids and slugs of records merged away resolve to the record they were merged into.
import { GraphQLError } from "graphql";
import { db } from "../infra/db.js";
import { quoted } from "../modules/shared/errors.js";
import { decodeGlobalId } from "./global-id.js";

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

type UniqueWhere = { id: string } | { slug: string };

/** Turns `{ id }` or `{ slug }` (exactly one) into a unique where clause for `typename`. */
export function whereIdOrSlug(typename: string, args: { id?: string | null; slug?: string | null }): UniqueWhere {
  if ((args.id == null) === (args.slug == null))
    throw badInput(`Give exactly one of "id" or "slug" to look up a ${typename}`);
  if (args.slug != null) return { slug: args.slug };
  const decoded = decodeGlobalId(args.id as string);
  if (decoded.typename !== typename)
    throw badInput(`ID "${args.id}" belongs to a ${decoded.typename}, not a ${typename}`);
  return { id: decoded.id };
}

/** The survivor's id when the record was merged away, else null. */
export async function redirectedId(typename: string, where: UniqueWhere): Promise<string | null> {
  const redirect = await db.redirect.findFirst({
    where: "id" in where ? { oldId: where.id, model: typename } : { oldSlug: where.slug, model: typename },
  });
  return redirect?.newId ?? null;
}

/** Fetches by id or slug, following a merge redirect; NOT_FOUND names the key asked for. */
export async function lookup<T>(
  typename: string,
  args: { id?: string | null; slug?: string | null },
  fetch: (where: UniqueWhere) => Promise<T | null>,
): Promise<T> {
  const where = whereIdOrSlug(typename, args);
  const record =
    (await fetch(where)) ?? (await redirectedId(typename, where).then((id) => (id ? fetch({ id }) : null)));
  if (record === null)
    throw notFound(
      `${typename} with ${args.slug != null ? `slug "${quoted(args.slug)}"` : `id "${quoted(args.id as string)}"`}`,
    );
  return record;
}
