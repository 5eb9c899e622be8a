// The schema side of expected failures: an Error interface and one type per failure class.
import { builder } from "../../schema/builder.js";
import {
  CommitOutcomeUnknownError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  type ValidationIssue,
} from "./errors.js";

export const ErrorInterface = builder.interfaceRef<Error>("Error").implement({
  description: "An expected failure of a mutation.",
  fields: (t) => ({
    message: t.exposeString("message", { description: "What went wrong, for people." }),
  }),
});

const ValidationIssueRef = builder.objectRef<ValidationIssue>("ValidationIssue").implement({
  description: "One problem with the input.",
  fields: (t) => ({
    path: t.exposeStringList("path", {
      description: 'Where in the input, e.g. ["input", "participants", "0", "person"].',
    }),
    message: t.exposeString("message", { description: "What is wrong there." }),
  }),
});

builder.objectType(ValidationError, {
  name: "ValidationError",
  description: "The input is invalid; `issues` says where and why. Nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    issues: t.field({
      type: [ValidationIssueRef],
      description: "Every problem found.",
      resolve: (error) => error.issues,
    }),
  }),
});

builder.objectType(NotFoundError, {
  name: "NotFoundError",
  description: "A record the input refers to does not exist. Nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    typename: t.exposeString("typename", { description: "The kind of record." }),
    key: t.exposeString("key", { description: "The id or slug that was not found." }),
  }),
});

builder.objectType(ConflictError, {
  name: "ConflictError",
  description:
    "The write conflicts with stored data: a taken unique value, a stale version, or records that depend on it. Nothing was written.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    field: t.exposeString("field", { nullable: true, description: "The input field in conflict, when there is one." }),
  }),
});

builder.objectType(ForbiddenError, {
  name: "ForbiddenError",
  description:
    "The caller may not do this: no credentials, a wrong or revoked key, or a missing scope. Nothing was written.",
  interfaces: [ErrorInterface],
  fields: () => ({}),
});

builder.objectType(CommitOutcomeUnknownError, {
  name: "CommitOutcomeUnknownError",
  description:
    "The connection to the database was lost while the write committed: it may or may not have been stored. With an idempotency key, retry with the same key; without one, read the record before writing again.",
  interfaces: [ErrorInterface],
  fields: (t) => ({
    retrySafe: t.boolean({
      description: "True when the request carried an idempotency key, so retrying it is applied at most once.",
      resolve: (error) => error.hadIdempotencyKey,
    }),
  }),
});
