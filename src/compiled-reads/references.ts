// Records an operation names by slug or ISO code, found inside the compiled statement itself:
// the filters get an id that is a subquery (SqlValue), so a compiled operation stays one SQL
// statement. A slug that finds no record or more than one (ambiguous, or a redirect beside a
// live slug) makes the statement hand the request to the resolvers, which say what is wrong.
// A value that may name records of several types (a party: person, organization or country) is
// looked up before the statement, as for the resolvers: the filter's shape depends on its type.
import type { FindRecord, RecordRef, RecordType } from "../modules/shared/filters.js";
import { parseGlobalId } from "../schema/global-id.js";
import { type ReferenceTable, referenceCandidatesSql } from "../schema/references.js";
import type { Ctx } from "./selection.js";
import { SqlValue } from "./statement.js";

/** A `find` for filters that answers single-type slugs in SQL and everything else from `known`. */
export function findInSql(ctx: Ctx, known: ReferenceTable): FindRecord {
  return <T extends RecordType>(value: string, types: readonly T[], field: string): RecordRef<T> => {
    const [typename] = types;
    if (types.length !== 1 || typename === undefined || parseGlobalId(value)) return known.find(value, types, field);
    const candidates = `(${referenceCandidatesSql(typename, ctx.statement.param(value.toLowerCase()))})`;
    ctx.fallbackWhen.push(`(SELECT count(*) FROM ${candidates} found) <> 1`);
    // Filters only pass the id on into a Prisma `where`, which the compiler turns into SQL.
    const id = new SqlValue(`(SELECT found.id FROM ${candidates} found LIMIT 1)`) as unknown as string;
    return { typename, id };
  };
}
