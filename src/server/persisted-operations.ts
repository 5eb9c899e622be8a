// The persisted-operations file (PERSISTED_OPERATIONS_FILE): a JSON object of hash → document.
// Read once into a Map, so a client's hash is only ever a key (a hash of "__proto__" or
// "constructor" finds nothing instead of an object's inherited property).
import { readFileSync } from "node:fs";
import { Kind, parse } from "graphql";

export function readPersistedOperations(file: string): ReadonlyMap<string, string> {
  const parsed = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  return new Map(Object.entries(parsed).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
}

/** The operation names the documents declare: the names the server knows in advance. */
export function operationNamesIn(documents: Iterable<string>): string[] {
  const names: string[] = [];
  for (const document of documents) {
    for (const definition of parse(document).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) names.push(definition.name.value);
    }
  }
  return names;
}
