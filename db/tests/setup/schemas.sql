-- The four schemas exist, belong to mlb_owner and say what they are for.
BEGIN;
SELECT plan(9);

SELECT has_schema(s) FROM unnest(ARRAY['raw_data', 'staging', 'curated', 'pipeline']) AS s;
SELECT schema_owner_is(s, 'mlb_owner') FROM unnest(ARRAY['raw_data', 'staging', 'curated', 'pipeline']) AS s;
SELECT has_extension('pg_cron');

SELECT * FROM finish();
ROLLBACK;
