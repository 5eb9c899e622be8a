// The `id` / `slug` arguments shared by every single-record lookup field.
import { builder } from "../../schema/builder.js";

export const lookupArgs = builder.args((t) => ({
  id: t.id({ required: false, description: "The global id (from `id` on any node)." }),
  slug: t.string({ required: false, description: "The stable, human-readable key." }),
}));
