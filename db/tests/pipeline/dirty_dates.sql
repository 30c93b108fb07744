-- pgTAP: the contract of change pipeline/dirty_dates (dates staging changed).
-- Behaviour is tested where it is exercised end to end (staging/promote, curated/rebuild, ...).
BEGIN;
SELECT plan(5);

SELECT has_table('pipeline', 'dirty_dates', 'pipeline.dirty_dates exists');
SELECT columns_are('pipeline', 'dirty_dates', ARRAY['game_date', 'marked_at', 'generation'], 'pipeline.dirty_dates has exactly its documented columns');
SELECT table_owner_is('pipeline', 'dirty_dates', 'mlb_owner', 'pipeline.dirty_dates is owned by mlb_owner');

-- Marking a dirty date again raises its generation (reworked after v0.2.0).
INSERT INTO pipeline.dirty_dates (game_date) VALUES ('2001-02-03');
SELECT is((SELECT generation FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), 1::bigint, 'a new dirty date starts at generation 1');
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, home_team, away_team, status, status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
SELECT '2001-02-03', 'NYY', 'BOS', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', -1, max(id) FROM pipeline.runs;
SELECT is((SELECT generation FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), 2::bigint, 'a change to a dirty date raises it');

SELECT * FROM finish();
ROLLBACK;
