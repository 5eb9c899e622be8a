-- Every committed change to data the API reads is announced on the channel accord_data_changed,
-- so each server drops the responses it cached (src/response-cache.ts). NOTIFY is delivered at
-- commit and only then, to every listening server, whoever wrote: the API, an import, psql.
-- One notification per table and transaction: identical payloads in a transaction are folded.
CREATE FUNCTION notify_data_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('accord_data_changed', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

-- Statement-level, so a bulk load notifies once per statement, not once per row. Left out:
-- migrations bookkeeping, API keys and idempotency records, which no query returns.
-- tests/schema/data-change-triggers.test.ts checks that every other table has the trigger.
DO $$
DECLARE
  t text;
BEGIN
  FOR t IN
    SELECT tablename FROM pg_tables
    WHERE schemaname = 'public' AND tablename NOT IN ('_prisma_migrations', 'api_key', 'idempotency_record')
  LOOP
    EXECUTE format(
      'CREATE TRIGGER data_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION notify_data_changed()',
      t
    );
  END LOOP;
END
$$;
