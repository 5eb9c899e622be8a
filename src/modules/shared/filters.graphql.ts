// Filter input types shared by the domain filters.
import type { EnumRef } from "@pothos/core";
import { builder } from "../../schema/builder.js";
import { refersTo } from "../../schema/references.js";
import type { DateRangeInput, OrganizationMatchInput, StringFilterInput } from "./filters.js";

export const StringFilter = builder.inputRef<StringFilterInput>("StringFilter").implement({
  description:
    "Matches text. `contains` and `startsWith` ignore case; `equals` and `in` are exact. Given fields must all match.",
  fields: (t) => ({
    equals: t.string({ required: false, description: "Exactly this text." }),
    in: t.stringList({ required: false, description: "Any of these texts, exactly." }),
    contains: t.string({ required: false, description: "Contains this text, ignoring case." }),
    startsWith: t.string({ required: false, description: "Starts with this text, ignoring case." }),
  }),
});

export const PartialDateRange = builder.inputRef<DateRangeInput>("PartialDateRange").implement({
  description:
    'A period from the start of `from` to the end of `to` (either may be left open). A record matches when its own period overlaps it, so a meeting known only to "2011-08" matches a range for August 2011 or for 2011.',
  fields: (t) => ({
    from: t.field({
      type: "PartialDate",
      required: false,
      description: "Start of the range: the first day of this date's period.",
    }),
    to: t.field({
      type: "PartialDate",
      required: false,
      description: "End of the range: the last day of this date's period.",
    }),
  }),
});

export const OrganizationMatch = builder.inputRef<OrganizationMatchInput>("OrganizationMatch").implement({
  description: "An organization, with everything under it unless `includeSubOrganizations` is false.",
  fields: (t) => ({
    id: t.id({
      description: 'The organization, by global id or slug ("united-nations").',
      ...refersTo("Organization"),
    }),
    includeSubOrganizations: t.boolean({
      required: false,
      defaultValue: true,
      description: "Also match bureaus, missions and other bodies under it (default true).",
    }),
  }),
});

/** `{ equals, in }` filter input for an enum. */
export function enumFilter<T extends string>(
  name: string,
  enumRef: EnumRef<typeof builder.$inferSchemaTypes, T>,
  what: string,
) {
  return builder.inputType(name, {
    description: `Matches ${what}.`,
    fields: (t) => ({
      equals: t.field({ type: enumRef, required: false, description: "Exactly this value." }),
      in: t.field({ type: [enumRef], required: false, description: "Any of these values." }),
    }),
  });
}
