// zod rules shared by mutation inputs.
import { z } from "zod";
import { partialDateText } from "../dataset/dataset.format.js";

export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lower-case words joined by hyphens, e.g. japan-ministry-of-defense");
export const textSchema = z.string().trim().min(1, "must not be empty");
export const partialDateSchema = partialDateText;
export const versionSchema = z.number().int().positive();
/** A citation whose document the schema layer has decoded to its uuid. */
export const citationReferenceSchema = z.object({
  documentId: z.string().uuid(),
  quote: z.string().min(1, "must not be empty"),
  occurrence: z.number().int().positive().nullish(),
});
export const basisFlag = z.boolean().nullish();
