-- pgTAP: pipeline.mark_dates_for_setting (a change of a setting curated derives rows from marks every date).
BEGIN;
SELECT plan(4);
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2034-05-01', '2034-05-01 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs)),
       ('2034-05-02', '2034-05-02 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs));
DELETE FROM pipeline.dirty_dates;
UPDATE pipeline.settings SET value = value WHERE key = 'signals.steam_min_books';
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates), 0, 'the same value again marks nothing');
UPDATE pipeline.settings SET value = '6' WHERE key = 'signals.steam_min_books';
UPDATE pipeline.settings SET value = '90' WHERE key = 'lines.close_window_minutes';
SELECT results_eq($$SELECT game_date, game_id FROM pipeline.dirty_dates WHERE game_date >= '2034-05-01' ORDER BY 1$$,
  $$VALUES ('2034-05-01'::date, NULL::bigint), ('2034-05-02', NULL)$$,
  'a new steam threshold and close window mark each date with games once, whole');
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates), (SELECT count(DISTINCT game_date)::int FROM staging.games),
  'every date with games, none without');
DELETE FROM pipeline.dirty_dates;
UPDATE pipeline.settings SET value = '20' WHERE key = 'pipeline.lock_timeout_seconds';
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates), 0, 'a setting of the pipeline''s own running marks nothing');
SELECT * FROM finish();
ROLLBACK;
