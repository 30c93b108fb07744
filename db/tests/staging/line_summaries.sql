-- pgTAP: the contract of change staging/line_summaries (per game, book, market and side: open, close, latest).
-- Behaviour: staging/refresh_line_summaries (how rows are computed) and curated/rebuild/lines (how they are read).
BEGIN;
SELECT plan(6);

SELECT has_table('staging', 'line_summaries', 'staging.line_summaries exists');
SELECT table_owner_is('staging', 'line_summaries', 'mlb_owner', 'staging.line_summaries is owned by mlb_owner');
SELECT columns_are('staging', 'line_summaries', ARRAY['game_id', 'sportsbook_id', 'market', 'side', 'observations',
  'open_line_id', 'close_line_id', 'latest_line_id', 'first_observed_at', 'last_observed_at', 'raw_table',
  'raw_id', 'pipeline_run_id', 'close_confirmed_at'], 'staging.line_summaries has exactly its documented columns');
SELECT col_is_pk('staging', 'line_summaries', ARRAY['game_id', 'sportsbook_id', 'market', 'side'], 'one row per game, book, market and side');
SELECT throws_ok($$INSERT INTO staging.line_summaries (game_id, sportsbook_id, market, side, observations,
                     latest_line_id, raw_table, raw_id, pipeline_run_id) VALUES (-1, -1, 'x', 'h', 1, 1, 't', 1, 1)$$,
  '23514', NULL, 'market is one of the line codes');
SELECT ok(has_table_privilege('mlb_analyst', 'staging.line_summaries', 'SELECT')
          AND NOT has_table_privilege('mlb_analyst', 'staging.line_summaries', 'INSERT,UPDATE,DELETE'),
  'the analyst reads the summaries and cannot write them');

SELECT * FROM finish();
ROLLBACK;
