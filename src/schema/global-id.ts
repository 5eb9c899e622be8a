// Opaque global ids: base64url of "Typename:uuid". Decoding rejects anything else with a
// client error that says what was wrong, instead of a masked "Unexpected error".
import { GraphQLError } from "graphql";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const TYPENAME = /^[A-Z][A-Za-z]*$/;

/** Names of the types that implement Node, filled in once the schema is built. */
export const nodeTypenames = new Set<string>();

export function encodeGlobalId(typename: string, id: string | number | bigint): string {
  return Buffer.from(`${typename}:${id}`).toString("base64url");
}

/** The type and uuid a well-formed global id names, or null for any other text (a slug, say). */
export function parseGlobalId(globalId: string): { typename: string; id: string } | null {
  const decoded = Buffer.from(globalId, "base64url").toString("utf8");
  const separator = decoded.indexOf(":");
  const typename = decoded.slice(0, separator);
  const id = decoded.slice(separator + 1);
  return separator < 0 || !TYPENAME.test(typename) || !UUID.test(id) ? null : { typename, id };
}

export function decodeGlobalId(globalId: string): { typename: string; id: string } {
  const parsed = parseGlobalId(globalId);
  if (!parsed)
    throw new GraphQLError(`Invalid ID "${globalId}": not an id issued by this API`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  const { typename } = parsed;
  if (nodeTypenames.size > 0 && !nodeTypenames.has(typename)) {
    throw new GraphQLError(`Invalid ID "${globalId}": it names a type this API does not have ("${typename}")`, {
      extensions: { code: "BAD_USER_INPUT" },
    });
  }
  return parsed;
}
