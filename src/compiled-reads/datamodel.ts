// The Prisma datamodel as the compiler needs it: tables, columns and how relations join. Joins
// come from plugin-prisma's datamodel (getDatamodel(): relation fields and their foreign keys);
// table and column names from the Prisma client's runtime datamodel (@@map / @map). Nothing here
// is a second copy of the schema.
import { getDatamodel } from "../generated/pothos-types.js";
import { db } from "../infra/db.js";

interface PothosField {
  name: string;
  kind: string;
  type: string;
  isList: boolean;
  isId: boolean;
  relationName?: string;
  relationFromFields?: string[];
}

export interface Relation {
  name: string;
  /** The related model. */
  model: string;
  isList: boolean;
  /** Join condition between the row in scope (`from`) and a row of the related model (`to`). */
  join(from: string, to: string): string;
}

export class NotCompilable extends Error {}

const pothosModels = getDatamodel().datamodel.models as unknown as Record<string, { fields: PothosField[] }>;
interface RuntimeModel {
  dbName: string | null;
  fields: Array<{ name: string; kind: string; dbName?: string | null }>;
}

// Prisma's client keeps the runtime datamodel (every @@map and @map) on the instance; it is not
// part of its typed API, so its absence is caught here rather than as wrong SQL later.
const runtime = (db as unknown as { _runtimeDataModel?: { models: Record<string, RuntimeModel> } })._runtimeDataModel
  ?.models;
if (!runtime)
  throw new Error(
    "compiled reads: the Prisma client exposes no runtime datamodel (_runtimeDataModel); upgrade this module with Prisma",
  );

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

function runtimeModel(model: string): RuntimeModel {
  const found = runtime?.[model];
  if (!found) throw new NotCompilable(`model ${model} is not in the Prisma datamodel`);
  return found;
}

export function table(model: string): string {
  return quote(runtimeModel(model).dbName ?? model);
}

export function column(model: string, field: string): string {
  const found = runtimeModel(model).fields.find((f) => f.name === field);
  if (!found || found.kind === "object") throw new NotCompilable(`${model}.${field} is not a column`);
  return quote(found.dbName ?? field);
}

export function scalarField(model: string, field: string): PothosField | undefined {
  const found = pothosModels[model]?.fields.find((f) => f.name === field);
  return found && found.kind !== "object" ? found : undefined;
}

export function idField(model: string): string {
  const id = pothosModels[model]?.fields.find((f) => f.isId);
  if (!id) throw new NotCompilable(`model ${model} has no single-column id`);
  return id.name;
}

export function relation(model: string, name: string): Relation | undefined {
  const field = pothosModels[model]?.fields.find((f) => f.name === name && f.kind === "object");
  if (!field) return undefined;
  const owning = field.relationFromFields?.length ? field : oppositeOf(model, field);
  if (!owning?.relationFromFields?.length)
    throw new NotCompilable(`${model}.${name}: no foreign key found for the relation`);
  // The foreign key references the other side's id (every relation here does).
  const [foreignKey] = owning.relationFromFields;
  if (!foreignKey || owning.relationFromFields.length > 1)
    throw new NotCompilable(`${model}.${name}: compound foreign keys are not compiled`);
  const join =
    owning === field
      ? (from: string, to: string) =>
          `${to}.${column(field.type, idField(field.type))} = ${from}.${column(model, foreignKey)}`
      : (from: string, to: string) =>
          `${to}.${column(field.type, foreignKey)} = ${from}.${column(model, idField(model))}`;
  return { name, model: field.type, isList: field.isList, join };
}

function oppositeOf(model: string, field: PothosField): PothosField | undefined {
  return pothosModels[field.type]?.fields.find(
    (f) =>
      f.kind === "object" &&
      f.relationName === field.relationName &&
      f.type === model &&
      !(field.type === model && f.name === field.name),
  );
}

/** Whether a scalar field may be null. */
export function isNullable(model: string, field: string): boolean {
  const found = pothosModels[model]?.fields.find((f) => f.name === field);
  if (!found) throw new NotCompilable(`${model}.${field} is not a field`);
  return !(found as PothosField & { isRequired?: boolean }).isRequired;
}
