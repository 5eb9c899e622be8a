-- AlterTable
ALTER TABLE "participation" ADD COLUMN     "organization_basis" "Basis" NOT NULL DEFAULT 'STATED',
ADD COLUMN     "organization_note" TEXT;

-- Views, not the tables Prisma would create: Organization.participations and .commitments with
-- includeSubOrganizations read them as relations, so a list of organizations still loads its
-- parts' participations in one joined statement. Each row pairs a participation (or an
-- organization commitment party) with its own organization (direct) and every organization above
-- it. The second branch starts from the ancestor, so a lookup by organization_id uses the GIN
-- index on ancestor_ids rather than scanning every participation.
CREATE VIEW "organization_participation" AS
  SELECT p.organization_id, p.id AS participation_id, true AS direct
  FROM participation p
  WHERE p.organization_id IS NOT NULL
UNION ALL
  SELECT a.id AS organization_id, p.id AS participation_id, false AS direct
  FROM organization a
  JOIN organization o ON o.ancestor_ids @> ARRAY[a.id]
  JOIN participation p ON p.organization_id = o.id;

CREATE VIEW "organization_commitment_party" AS
  SELECT cp.organization_id, cp.id AS commitment_party_id, true AS direct
  FROM commitment_party cp
  WHERE cp.organization_id IS NOT NULL
UNION ALL
  SELECT a.id AS organization_id, cp.id AS commitment_party_id, false AS direct
  FROM organization a
  JOIN organization o ON o.ancestor_ids @> ARRAY[a.id]
  JOIN commitment_party cp ON cp.organization_id = o.id;
