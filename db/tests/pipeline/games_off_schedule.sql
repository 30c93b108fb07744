-- pgTAP: pipeline.games_off_schedule (games a payload made that the date's MLB schedule does not list).
BEGIN;
SELECT plan(3);
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
-- 2031-05-02: the schedule lists NYY @ BOS (game_pk 1); an SBD page dated a day off made CLE @ DET there too.
-- 2031-05-03: only a payload's game, and no schedule for the date: not judged.
INSERT INTO staging.games (game_pk, game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES (990001, '2031-05-02', '2031-05-02 23:05Z', 'BOS', 'NYY', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
        (SELECT max(id) FROM pipeline.runs)),
       (NULL, '2031-05-02', '2031-05-02 22:10Z', 'DET', 'CLE', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 7,
        (SELECT max(id) FROM pipeline.runs)),
       (NULL, '2031-05-03', '2031-05-03 22:10Z', 'DET', 'CLE', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 8,
        (SELECT max(id) FROM pipeline.runs));
SELECT results_eq($$SELECT game_date, matchup, made_by_raw_table, made_by_raw_id, scheduled_games FROM pipeline.games_off_schedule
                     WHERE game_date BETWEEN '2031-05-01' AND '2031-05-04'$$,
  $$VALUES ('2031-05-02'::date, 'CLE @ DET'::text, 'sbd_betting_splits'::text, 7::bigint, 1::bigint)$$,
  'the payload''s game on a date the schedule lists, with the payload that made it');
SELECT is_empty($$SELECT 1 FROM pipeline.games_off_schedule WHERE game_date = '2031-05-03'$$,
  'a date the schedule was never fetched for is not judged');
UPDATE staging.games SET game_pk = 990002 WHERE game_date = '2031-05-02' AND home_team = 'DET';
SELECT is_empty($$SELECT 1 FROM pipeline.games_off_schedule WHERE game_date = '2031-05-02'$$,
  'once the schedule lists it (its MLB id), it is off the list');
SELECT * FROM finish();
ROLLBACK;
