import { PartyRole } from "../../generated/prisma/enums.js";
import { builder } from "../../schema/builder.js";

export const PartyRoleEnum = builder.enumType(PartyRole, {
  name: "PartyRole",
  description: "MAKER made the commitment; ADDRESSEE is who it was made to.",
});
