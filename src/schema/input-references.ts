// Mutation inputs name records the way filters and arguments do: by global id, slug, or ISO code
// for a country. Their fields are marked with `refersTo(...)`, so the references plugin has
// looked every value up, and checked that the global ids exist, in the one statement it runs
// before execution (references.ts). This turns the values into uuids for the services, which
// know nothing of GraphQL, and reports every value that names nothing at its input path, all at
// once: one ValidationError, as a filter's value that names nothing is one BAD_USER_INPUT. The
// record a mutation acts on (`id` of an update or delete) is the exception: when it does not
// exist that is a NotFoundError, as a lookup by a missing id is NOT_FOUND.
import { NotFoundError, ValidationError, type ValidationIssue } from "../modules/shared/errors.js";
import type { LookUpRecord, RecordRef, RecordType } from "../modules/shared/filters.js";
import type { Context } from "../server/context.js";

/** A citation as the services take it: the document's uuid. */
export interface CitationReference {
  documentId: string;
  quote: string;
  occurrence?: number | null;
}

export class InputReferences {
  private readonly issues: ValidationIssue[] = [];
  private missing: NotFoundError | null = null;
  /** The values given for the records acted on, by uuid, so a service's NotFoundError names what the client sent. */
  private readonly given = new Map<string, string>();
  private readonly lookUp: LookUpRecord;

  constructor(ctx: Context) {
    if (!ctx.lookUpRecord) throw new Error("The references plugin did not run before execution");
    this.lookUp = ctx.lookUpRecord;
  }

  /** The record `value` names, one of `types`; null, with an issue at `path`, when it names none. */
  record<T extends RecordType>(value: string, types: readonly T[], path: string[]): RecordRef<T> | null {
    const found = this.lookUp(value, types);
    if (!("problem" in found)) return found;
    this.issues.push({ path, message: found.problem });
    return null;
  }

  /** The uuid of the record `value` names ("" when it names none: `checked` then throws). */
  id(value: string, type: RecordType, path: string[]): string {
    return this.record(value, [type], path)?.id ?? "";
  }

  /** Like `id`, keeping null (clear it) and undefined (leave it) as they are. */
  optionalId<V extends string | null | undefined>(
    value: V,
    type: RecordType,
    path: string[],
  ): string | Exclude<V, string> {
    return value == null ? (value as Exclude<V, string>) : this.id(value, type, path);
  }

  /** Each value's record, in order; the path of each is `path` and its index. */
  records<T extends RecordType>(values: readonly string[], types: readonly T[], path: string[]): RecordRef<T>[] {
    return values.flatMap((value, index) => this.record(value, types, [...path, String(index)]) ?? []);
  }

  /** The record the mutation acts on: one that does not exist is a NotFoundError naming the value given. */
  target(value: string, type: RecordType, path: string[]): string {
    const found = this.lookUp(value, [type]);
    if (!("problem" in found)) {
      this.given.set(found.id, value);
      return found.id;
    }
    if (found.reason === "unknown") this.missing ??= new NotFoundError(type, value);
    else this.issues.push({ path, message: found.problem });
    return "";
  }

  /** A MergeInput's two records, both acted on. */
  merge(input: { survivor: string; merged: string }, type: RecordType): { survivor: string; merged: string } {
    return {
      survivor: this.target(input.survivor, type, ["input", "survivor"]),
      merged: this.target(input.merged, type, ["input", "merged"]),
    };
  }

  /** A CitationInput with its document decoded. */
  citation<C extends { document: string; quote: string; occurrence?: number | null }>(
    citation: C,
    path: string[],
  ): CitationReference {
    return {
      documentId: this.id(citation.document, "SourceDocument", [...path, "document"]),
      quote: citation.quote,
      occurrence: citation.occurrence,
    };
  }

  /**
   * Runs the service with the decoded input when every value named a record; otherwise throws
   * what was wrong, before anything is written. A NotFoundError the service throws for a record
   * acted on names the value the client gave, not its uuid.
   */
  async run<D, T>(decoded: D, service: (decoded: D) => Promise<T>): Promise<T> {
    if (this.missing) throw this.missing;
    if (this.issues.length) throw new ValidationError(this.issues);
    try {
      return await service(decoded);
    } catch (error) {
      const given = error instanceof NotFoundError ? this.given.get(error.key) : undefined;
      throw given && error instanceof NotFoundError ? new NotFoundError(error.typename, given) : error;
    }
  }
}
