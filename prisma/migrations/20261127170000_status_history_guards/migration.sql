-- Status history: order concurrent changes by when each happened (not when its transaction
-- began), and refuse deletes other than the cascade from a deleted commitment.

CREATE OR REPLACE FUNCTION "commitment_record_status"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' OR NEW."status" IS DISTINCT FROM OLD."status" THEN
    INSERT INTO "commitment_status_change" ("id", "commitment_id", "from_status", "to_status", "note", "changed_by_id", "citation_id", "changed_at")
    VALUES (
      gen_random_uuid(),
      NEW."id",
      CASE WHEN TG_OP = 'UPDATE' THEN OLD."status" END,
      NEW."status",
      nullif(current_setting('accord.note', true), ''),
      nullif(current_setting('accord.actor', true), '')::uuid,
      nullif(current_setting('accord.citation', true), '')::uuid,
      clock_timestamp()
    );
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION "commitment_status_change_keep"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'TRUNCATE' OR EXISTS (SELECT 1 FROM "commitment" WHERE "id" = OLD."commitment_id") THEN
    RAISE EXCEPTION 'commitment status history is append-only' USING ERRCODE = 'check_violation';
  END IF;
  RETURN OLD;
END $$;
CREATE TRIGGER "commitment_status_change_no_delete" BEFORE DELETE ON "commitment_status_change"
  FOR EACH ROW EXECUTE FUNCTION "commitment_status_change_keep"();
CREATE TRIGGER "commitment_status_change_no_truncate" BEFORE TRUNCATE ON "commitment_status_change"
  FOR EACH STATEMENT EXECUTE FUNCTION "commitment_status_change_keep"();

-- A merged-away slug can be reused and merged away again: the newer redirect takes the slug,
-- the older one keeps resolving its id.
ALTER TABLE "redirect" ALTER COLUMN "old_slug" DROP NOT NULL;
