-- pgTAP: the contract of change raw_data/create_payload_table (creates a listed raw payload table).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(5);

SELECT has_function('raw_data', 'create_payload_table', ARRAY['text']::name[], 'raw_data.create_payload_table(text) exists');
SELECT is((SELECT prosecdef FROM pg_proc WHERE oid = 'raw_data.create_payload_table(text)'::regprocedure), false, 'raw_data.create_payload_table is not SECURITY DEFINER');
SELECT is((SELECT r.rolname::text FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner WHERE p.oid = 'raw_data.create_payload_table(text)'::regprocedure), 'mlb_owner', 'raw_data.create_payload_table is owned by mlb_owner');

-- Every listed table is partitioned by season (reworked after v0.2.3), keyed by id and season.
SELECT is_empty($$SELECT t.raw_table FROM raw_data.payload_tables t
                   WHERE pg_get_partkeydef(format('raw_data.%I', t.raw_table)::regclass) IS DISTINCT FROM 'LIST (season)'$$,
                'every raw payload table is partitioned by season');
SELECT is_empty($$SELECT t.raw_table FROM raw_data.payload_tables t
                   WHERE NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conrelid = format('raw_data.%I', t.raw_table)::regclass
                                        AND k.contype = 'p' AND pg_get_constraintdef(k.oid) = 'PRIMARY KEY (id, season)')$$,
                'each keyed by (id, season)');

SELECT * FROM finish();
ROLLBACK;
