-- pgTAP: raw_data/create_payload_table (creates a listed raw payload table): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(7);

-- Every listed table is partitioned by season (reworked after v0.2.3), keyed by id and season.
SELECT is_empty($$SELECT t.raw_table FROM raw_data.payload_tables t
                   WHERE pg_get_partkeydef(format('raw_data.%I', t.raw_table)::regclass) IS DISTINCT FROM 'LIST (season)'$$,
                'every raw payload table is partitioned by season');
SELECT is_empty($$SELECT t.raw_table FROM raw_data.payload_tables t
                   WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = format('raw_data.%I', t.raw_table)::regclass
                                        AND k.contype = 'p' AND pg_get_constraintdef(k.oid) = 'PRIMARY KEY (id, season)')$$,
                'each keyed by (id, season)');

-- A listed table in, the raw table out: partitioned by season, append-only, queued, the agent reading only.
INSERT INTO raw_data.sources (source, display_name, description) VALUES ('pgtap_toy', 'pgTAP toy', 'a source of this test');
INSERT INTO raw_data.payload_tables (raw_table, source, endpoints, description, rows_type, expected, promotion_order)
VALUES ('pgtap_toy_rows', 'pgtap_toy', '{rows}', 'Rows of the pgTAP toy.', 'array', 'an array', 5);
SET LOCAL ROLE mlb_owner;
SELECT raw_data.create_payload_table('pgtap_toy_rows');
RESET ROLE;
SELECT is(pg_get_partkeydef('raw_data.pgtap_toy_rows'::regclass), 'LIST (season)', 'partitioned by season');
SELECT is(obj_description('raw_data.pgtap_toy_rows'::regclass, 'pg_class'), 'Rows of the pgTAP toy.', 'its comment is the listed description');
SELECT set_eq($$SELECT tgname::text FROM pg_trigger WHERE tgrelid = 'raw_data.pgtap_toy_rows'::regclass AND NOT tgisinternal$$,
  $$VALUES ('refuse_update_delete'), ('refuse_truncate'), ('enqueue_for_promotion')$$, 'append-only and queued for promotion');
SELECT table_privs_are('raw_data', 'pgtap_toy_rows', 'mlb_agent', ARRAY[]::text[], 'the agent writes it only through raw_data.record_attempt()');
SELECT throws_ok($$SELECT raw_data.create_payload_table('not_listed')$$, '22023', 'raw table not_listed is not listed in raw_data.payload_tables',
  'a table that is not listed is refused');

SELECT * FROM finish();
ROLLBACK;
