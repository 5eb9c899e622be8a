-- Change notifications name the rows that changed, so each server's response cache drops only
-- what a change can affect and GraphQL subscriptions learn which commitments and meetings changed
-- (src/infra/data-changes.ts). Still on the channel accord_data_changed, still statement-level
-- and sent at commit, in commit order, to every listening server, whoever wrote.
--
-- Payload: {"table":"commitment","op":"UPDATE","ids":[...]} with at most 100 ids (about 4 kB,
-- under NOTIFY's 8,000-byte limit); a statement that changes more rows sends several. Over
-- 10,000 rows, or on TRUNCATE, or for a table without an id column, one payload without "ids"
-- says only that the table changed. A statement that changes no row sends nothing.
DROP FUNCTION notify_data_changed() CASCADE;

CREATE FUNCTION notify_data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
  head text := format('{"table":%s,"op":%s', to_json(TG_TABLE_NAME), to_json(TG_OP));
  changed_ids text[];
  chunk int := 100;
BEGIN
  -- TG_ARGV[0] names the transition table ('new_rows' or 'old_rows'); none for TRUNCATE and
  -- tables without an id.
  IF TG_NARGS = 0 THEN
    PERFORM pg_notify('accord_data_changed', head || '}');
    RETURN NULL;
  END IF;
  EXECUTE format('SELECT array_agg(id::text ORDER BY id) FROM (SELECT id FROM %I LIMIT 10001) r', TG_ARGV[0]) INTO changed_ids;
  IF changed_ids IS NULL THEN
    RETURN NULL;
  END IF;
  IF cardinality(changed_ids) > 10000 THEN
    PERFORM pg_notify('accord_data_changed', head || '}');
    RETURN NULL;
  END IF;
  FOR i IN 1 .. cardinality(changed_ids) BY chunk LOOP
    PERFORM pg_notify('accord_data_changed', head || format(',"ids":%s}', to_json(changed_ids[i : i + chunk - 1])));
  END LOOP;
  RETURN NULL;
END
$$;

-- PostgreSQL allows a transition table only on a single-event trigger: one trigger per event.
-- Left out as before: migrations bookkeeping, API keys and idempotency records, which no query
-- returns. tests/server/response-cache.test.ts checks that every other table has them.
DO $$
DECLARE
  t text;
  has_id boolean;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'api_key', 'idempotency_record')
  LOOP
    has_id := EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = 'public' AND table_name = t AND column_name = 'id');
    IF has_id THEN
      EXECUTE format('CREATE TRIGGER data_changed_insert AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed(''new_rows'')', t);
      EXECUTE format('CREATE TRIGGER data_changed_update AFTER UPDATE ON %I REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed(''new_rows'')', t);
      EXECUTE format('CREATE TRIGGER data_changed_delete AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed(''old_rows'')', t);
    ELSE
      EXECUTE format('CREATE TRIGGER data_changed_write AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()', t);
    END IF;
    EXECUTE format('CREATE TRIGGER data_changed_truncate AFTER TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()', t);
  END LOOP;
END
$$;
