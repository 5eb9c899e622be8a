// Expected failures. Mutations list them in their result unions (errors plugin), so clients
// can tell a bad input from a conflict without parsing messages.

export interface ValidationIssue {
  /** Where in the input, e.g. ["input", "participants", "0", "person"]. */
  path: string[];
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(
      issues.length === 1
        ? `Invalid input at ${issues[0]?.path.join(".")}: ${issues[0]?.message}`
        : `Invalid input: ${issues.length} problems`,
    );
    this.name = "ValidationError";
  }
}

/** Input quoted in a message, cut short: an error must not echo a megabyte back. */
export function quoted(text: string, maxLength = 100): string {
  return text.length <= maxLength ? text : `${text.slice(0, maxLength)}… (${text.length} characters)`;
}

export class NotFoundError extends Error {
  constructor(
    readonly typename: string,
    readonly key: string,
  ) {
    super(`${typename} ${quoted(key)} not found`);
    this.name = "NotFoundError";
  }
}

/** Another record or another writer got there first: a unique value, a newer version, a dependent row. */
export class ConflictError extends Error {
  constructor(
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}

export class ForbiddenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ForbiddenError";
  }
}

/**
 * The connection to the database was lost while the transaction committed: the write may or may
 * not have been stored. Retrying with the same idempotency key is safe either way.
 */
export class CommitOutcomeUnknownError extends Error {
  constructor(readonly hadIdempotencyKey: boolean) {
    super(
      hadIdempotencyKey
        ? "The connection to the database was lost while committing, so whether the write was stored is unknown; retry with the same idempotencyKey: it is applied at most once"
        : "The connection to the database was lost while committing, so whether the write was stored is unknown; read the record to find out before writing again, and send an idempotencyKey next time so that a retry is safe",
    );
    this.name = "CommitOutcomeUnknownError";
  }
}
