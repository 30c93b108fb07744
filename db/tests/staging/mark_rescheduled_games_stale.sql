-- pgTAP: staging.mark_rescheduled_games_stale, the statement trigger that marks games whose start time moved.
BEGIN;
SELECT plan(4);

SELECT trigger_is('staging', 'games', 'mark_rescheduled_games_stale', 'staging', 'mark_rescheduled_games_stale',
  'staging.games updates go through it');

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-06-07', '2033-06-07 23:00Z', 'NYY', 'BOS', 'scheduled', 'odds_api', now(), 1, 'odds_api_responses', 1, (SELECT max(id) FROM pipeline.runs));
DELETE FROM staging.stale_line_summaries;

UPDATE staging.games SET start_time = start_time, status = 'live' WHERE game_date = '2033-06-07';
SELECT is((SELECT count(*)::int FROM staging.stale_line_summaries), 0, 'the same start time written again marks nothing');
UPDATE staging.games SET start_time = '2033-06-07 17:05Z' WHERE game_date = '2033-06-07';
SELECT results_eq($$SELECT game_id FROM staging.stale_line_summaries$$, $$SELECT game_id FROM staging.games WHERE game_date = '2033-06-07'$$,
  'a moved start time marks the game');
DELETE FROM staging.stale_line_summaries;
UPDATE staging.games SET start_time = NULL WHERE game_date = '2033-06-07';
SELECT is((SELECT count(*)::int FROM staging.stale_line_summaries), 1, 'a start time that becomes unknown marks it too');

SELECT * FROM finish();
ROLLBACK;
