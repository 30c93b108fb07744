-- pgTAP: the contract of change staging/sportsbook_source_id_changes (behaviour: staging/promote/books).
BEGIN;
SELECT plan(4);

SELECT has_table('staging', 'sportsbook_source_id_changes', 'staging.sportsbook_source_id_changes exists');
SELECT columns_are('staging', 'sportsbook_source_id_changes', ARRAY['change_id', 'source', 'source_book_key', 'old_sportsbook_id',
  'new_sportsbook_id', 'old_outlet_name', 'new_outlet_name', 'raw_table', 'raw_id', 'pipeline_run_id', 'changed_at'],
  'it has exactly its documented columns');
SELECT table_owner_is('staging', 'sportsbook_source_id_changes', 'mlb_owner', 'it is owned by mlb_owner');
SELECT table_privs_are('staging', 'sportsbook_source_id_changes', 'mlb_analyst', ARRAY['SELECT'], 'the analyst may read it');

SELECT * FROM finish();
ROLLBACK;
