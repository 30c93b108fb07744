-- pgTAP: the contract of change staging/stale_line_summaries (games whose summaries must be computed again).
BEGIN;
SELECT plan(6);

SELECT has_table('staging', 'stale_line_summaries', 'staging.stale_line_summaries exists');
SELECT table_owner_is('staging', 'stale_line_summaries', 'mlb_owner', 'staging.stale_line_summaries is owned by mlb_owner');
SELECT columns_are('staging', 'stale_line_summaries', ARRAY['game_id', 'marked_by'], 'staging.stale_line_summaries has exactly its documented columns');
SELECT col_is_pk('staging', 'stale_line_summaries', ARRAY['game_id', 'marked_by'], 'one mark per game and marking transaction');
SELECT ok(NOT has_table_privilege('mlb_analyst', 'staging.stale_line_summaries', 'INSERT,DELETE'),
  'the analyst cannot mark or unmark a game');

-- Two marks of one game by this transaction are one row: its default is this transaction.
INSERT INTO staging.stale_line_summaries (game_id) VALUES (-41), (-41) ON CONFLICT DO NOTHING;
SELECT results_eq($$SELECT count(*)::int, bool_and(marked_by = pg_current_xact_id()) FROM staging.stale_line_summaries WHERE game_id = -41$$,
  $$VALUES (1, true)$$, 'a transaction marks a game once, under its own transaction id');

SELECT * FROM finish();
ROLLBACK;
