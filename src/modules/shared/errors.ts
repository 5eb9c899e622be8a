// Expected failures. Mutations list them in their result unions (errors plugin), so clients
// can tell a bad input from a conflict without parsing messages.

export interface ValidationIssue {
  /** Where in the input, e.g. ["input", "participants", "0", "person"]. */
  path: string[];
  message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.length === 1 ? `Invalid input at ${issues[0]?.path.join(".")}: ${issues[0]?.message}` : `Invalid input: ${issues.length} problems`);
    this.name = "ValidationError";
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly typename: string,
    readonly key: string,
  ) {
    super(`${typename} ${key} not found`);
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
