// Countries named in mutation input by their ISO code.
import type { Transaction } from "../../infra/db.js";
import { ValidationError } from "../shared/errors.js";

/** The id of the country with this ISO code; undefined and null pass through (leave, clear). */
export async function countryIdOf(
  tx: Transaction,
  code: string | null | undefined,
  path: string[],
): Promise<string | null | undefined> {
  if (code == null) return code;
  const country = await tx.country.findUnique({ where: { slug: code.toLowerCase() }, select: { id: true } });
  if (!country) throw new ValidationError([{ path, message: `no country with code "${code}"` }]);
  return country.id;
}
