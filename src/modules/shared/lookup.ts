// Single-record lookups by global id or by slug, with client errors that say what was wrong.
import { GraphQLError } from "graphql";
import { decodeGlobalId } from "../../schema/global-id.js";

export function notFound(what: string): GraphQLError {
  return new GraphQLError(`${what} not found`, { extensions: { code: "NOT_FOUND" } });
}

export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT" } });
}

/** Turns `{ id }` or `{ slug }` (exactly one) into a unique where clause for `typename`. */
export function whereIdOrSlug(typename: string, args: { id?: string | null; slug?: string | null }): { id: string } | { slug: string } {
  if ((args.id == null) === (args.slug == null)) throw badInput(`Give exactly one of "id" or "slug" to look up a ${typename}`);
  if (args.slug != null) return { slug: args.slug };
  const decoded = decodeGlobalId(args.id as string);
  if (decoded.typename !== typename) throw badInput(`ID "${args.id}" belongs to a ${decoded.typename}, not a ${typename}`);
  return { id: decoded.id };
}

/** Resolves to the record, or fails with NOT_FOUND naming the key that was asked for. */
export async function found<T>(typename: string, args: { id?: string | null; slug?: string | null }, record: Promise<T | null>): Promise<T> {
  const result = await record;
  if (result === null) throw notFound(`${typename} with ${args.slug != null ? `slug "${args.slug}"` : `id "${args.id}"`}`);
  return result;
}
