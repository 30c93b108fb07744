-- pgTAP: raw_data/collection_log_outcomes (the log's outcome keyed to raw_data.attempt_outcomes).
BEGIN;
SELECT plan(2);
SELECT fk_ok('raw_data', 'collection_log', 'outcome', 'raw_data', 'attempt_outcomes', 'outcome');
SELECT is((SELECT count(*)::int FROM pg_constraint WHERE conrelid = 'raw_data.collection_log'::regclass
                                              AND conname = 'collection_log_outcome_check'), 0, 'the old list in a CHECK is gone');
SELECT * FROM finish();
ROLLBACK;
