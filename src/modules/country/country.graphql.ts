import { sql, sqlRoot } from "../../compiled-reads/declare.js";
import { db } from "../../infra/db.js";
import { builder } from "../../schema/builder.js";

export const CountryRef = builder.prismaNode("Country", {
  select: { id: true },
  id: { field: "id" },
  description: "A sovereign state that people and organizations belong to and that can make or receive commitments.",
  fields: (t) => ({
    code: t.string({
      description: "ISO 3166-1 alpha-2 code, e.g. JP.",
      select: { slug: true },
      extensions: sql((c) => `upper(${c("slug")})`),
      resolve: (country) => country.slug.toUpperCase(),
    }),
    name: t.exposeString("name", { description: "Common English name." }),
    people: t.relatedConnection("people", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
      description: "People of this country.",
    }),
    organizations: t.relatedConnection("organizations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ name: "asc" }, { id: "asc" }] },
      description: "Organizations of this country.",
    }),
    participations: t.relatedConnection("participations", {
      cursor: "id",
      totalCount: true,
      query: { orderBy: [{ meeting: { date: { sort: "desc", nulls: "last" } } }, { id: "asc" }] },
      description: "Attendances at meetings on behalf of this country.",
    }),
  }),
});

const BY_NAME = [{ name: "asc" }, { id: "asc" }] as const satisfies object[];
const countryByCode = (args: { code: string }) => ({ slug: args.code.toLowerCase() });

builder.queryFields((t) => ({
  countries: t.prismaField({
    type: ["Country"],
    description: "All countries, by name.",
    extensions: sqlRoot({ kind: "list", model: "Country", query: () => ({ orderBy: [...BY_NAME] }) }),
    resolve: (query) => db.country.findMany({ ...query, orderBy: [...BY_NAME] }),
  }),
  country: t.prismaField({
    type: "Country",
    nullable: true,
    description: "One country by its ISO 3166-1 alpha-2 code.",
    args: { code: t.arg.string({ description: "ISO 3166-1 alpha-2 code, e.g. JP." }) },
    extensions: sqlRoot({ kind: "unique", model: "Country", where: countryByCode }),
    resolve: (query, _root, args) => db.country.findUnique({ ...query, where: countryByCode(args) }),
  }),
}));
