-- pgTAP: curated.rebuild_own_dates, the dates a rebuild owns (with those a moved game leaves), and the drain by partition.
BEGIN;
SELECT plan(5);

DELETE FROM pipeline.dirty_dates;
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2033-05-01', '2033-05-01 23:05Z', 'BOS', 'NYY', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api_schedules', 1,
        (SELECT max(id) FROM pipeline.runs)),
       ('2033-05-02', '2033-05-02 23:05Z', 'TOR', 'TB', 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api_schedules', 1,
        (SELECT max(id) FROM pipeline.runs));
SELECT is(curated.rebuild_own_dates('{2033-05-02}'), '{2033-05-02}'::date[], 'a date no game left owns itself alone');

-- Curated has the game under 1 May; the schedule moves it to 3 May.
SELECT curated.rebuild_dates('{2033-05-01,2033-05-02}');
UPDATE staging.games SET game_date = '2033-05-03', start_time = '2033-05-03 23:05Z' WHERE game_date = '2033-05-01';
SELECT is(curated.rebuild_own_dates('{2033-05-03}'), '{2033-05-01,2033-05-03}'::date[],
          'a moved game''s old date is owned and rebuilt too, so it loses the game');
SELECT curated.rebuild_dates('{2033-05-03}');
SELECT is((SELECT string_agg(game_date::text, ',' ORDER BY game_date) FROM curated.enhanced_games WHERE game_date >= '2033-05-01'),
          '2033-05-02,2033-05-03', 'the rebuild moved it in curated');

-- Drains split the dirty dates by partition: one call takes them all here, partition by partition, oldest first.
DELETE FROM pipeline.dirty_dates;
INSERT INTO pipeline.dirty_dates (game_date) VALUES ('2033-05-02'), ('2033-05-03');
SELECT is((SELECT dates FROM curated.drain_dirty_dates(1)), 1, 'at most max_dates dates');
SELECT is((SELECT array_agg(game_date) FROM pipeline.dirty_dates), '{2033-05-03}'::date[],
          'the oldest dirty date first; the other stays dirty');

SELECT * FROM finish();
ROLLBACK;
