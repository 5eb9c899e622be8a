-- CreateEnum
CREATE TYPE "Scope" AS ENUM ('EDITOR', 'ADMIN');

-- CreateTable
CREATE TABLE "api_key" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secret_hash" TEXT NOT NULL,
    "scopes" "Scope"[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_key_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "commitment_status_change" (
    "id" UUID NOT NULL,
    "commitment_id" UUID NOT NULL,
    "from_status" "CommitmentStatus",
    "to_status" "CommitmentStatus" NOT NULL,
    "note" TEXT,
    "changed_by_id" UUID,
    "citation_id" UUID,
    "changed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "commitment_status_change_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "idempotency_record" (
    "caller_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "operation" TEXT NOT NULL,
    "input_hash" TEXT NOT NULL,
    "result" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "idempotency_record_pkey" PRIMARY KEY ("caller_id","key")
);

-- CreateTable
CREATE TABLE "redirect" (
    "old_id" UUID NOT NULL,
    "old_slug" TEXT NOT NULL,
    "model" TEXT NOT NULL,
    "new_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "redirect_pkey" PRIMARY KEY ("old_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "api_key_prefix_key" ON "api_key"("prefix");

-- CreateIndex
CREATE INDEX "commitment_status_change_commitment_id_changed_at_idx" ON "commitment_status_change"("commitment_id", "changed_at");

-- CreateIndex
CREATE INDEX "commitment_status_change_changed_by_id_idx" ON "commitment_status_change"("changed_by_id");

-- CreateIndex
CREATE INDEX "commitment_status_change_citation_id_idx" ON "commitment_status_change"("citation_id");

-- CreateIndex
CREATE INDEX "redirect_new_id_idx" ON "redirect"("new_id");

-- CreateIndex
CREATE UNIQUE INDEX "redirect_model_old_slug_key" ON "redirect"("model", "old_slug");

-- AddForeignKey
ALTER TABLE "commitment_status_change" ADD CONSTRAINT "commitment_status_change_commitment_id_fkey" FOREIGN KEY ("commitment_id") REFERENCES "commitment"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_status_change" ADD CONSTRAINT "commitment_status_change_changed_by_id_fkey" FOREIGN KEY ("changed_by_id") REFERENCES "api_key"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "commitment_status_change" ADD CONSTRAINT "commitment_status_change_citation_id_fkey" FOREIGN KEY ("citation_id") REFERENCES "citation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Rules Prisma's schema language cannot express.

ALTER TABLE "api_key" ALTER COLUMN "scopes" SET NOT NULL;
ALTER TABLE "api_key" ADD CONSTRAINT "api_key_has_scope" CHECK (cardinality("scopes") > 0);
ALTER TABLE "redirect" ADD CONSTRAINT "redirect_not_to_itself" CHECK ("old_id" <> "new_id");

-- Status history is written by the database on every status change, whoever changes it, so
-- no change can skip it. Who, why and on what evidence come from transaction-local settings
-- (accord.actor, accord.note, accord.citation) that the application sets before the change.
CREATE FUNCTION "commitment_record_status"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."status" IS DISTINCT FROM OLD."status" THEN
    INSERT INTO "commitment_status_change" ("id", "commitment_id", "from_status", "to_status", "note", "changed_by_id", "citation_id")
    VALUES (
      gen_random_uuid(),
      NEW."id",
      CASE WHEN TG_OP = 'UPDATE' THEN OLD."status" END,
      NEW."status",
      nullif(current_setting('accord.note', true), ''),
      nullif(current_setting('accord.actor', true), '')::uuid,
      nullif(current_setting('accord.citation', true), '')::uuid
    );
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER "commitment_record_status" AFTER INSERT OR UPDATE OF "status" ON "commitment"
  FOR EACH ROW EXECUTE FUNCTION "commitment_record_status"();

-- History is append-only.
CREATE FUNCTION "commitment_status_change_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'commitment status history is append-only' USING ERRCODE = 'check_violation';
END $$;
CREATE TRIGGER "commitment_status_change_append_only" BEFORE UPDATE ON "commitment_status_change"
  FOR EACH ROW EXECUTE FUNCTION "commitment_status_change_append_only"();

-- Commitments recorded before this migration start their history with their current status.
INSERT INTO "commitment_status_change" ("id", "commitment_id", "from_status", "to_status", "note", "changed_at")
SELECT gen_random_uuid(), "id", NULL, "status", 'status when history began', "created_at" FROM "commitment";
