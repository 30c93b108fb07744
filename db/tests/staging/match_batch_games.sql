-- pgTAP: staging.match_batch_games (a batch's source games matched to games): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before source_games run), matches out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(6);
\ir ../fixtures/sample_batch.psql

SELECT pg_temp.steps_before('promote_source_games');
SELECT staging.match_batch_games((SELECT id FROM tap_run), 180);
SELECT results_eq($$SELECT source, count(*)::int, count(game_id)::int FROM batch_games WHERE source IN ('sbd', 'odds_api') GROUP BY 1 ORDER BY 1$$,
  $$VALUES ('odds_api', 14, 14), ('sbd', 14, 14)$$, 'every SBD and Odds API game matched to a scheduled game');
SELECT is((SELECT g.game_pk FROM batch_games b JOIN staging.games g USING (game_id) WHERE b.source = 'sbd' AND b.source_game_id = '20250614.01-MLB-TB@BAL'),
  777101, 'by clubs, New York date and start time: TB at BAL is gamePk 777101');
SELECT is((SELECT count(*)::int FROM batch_games WHERE source IN ('sbd', 'odds_api') AND match_method IS DISTINCT FROM 'teams_date_start_time'), 0,
  'each with how it was matched');

-- One id per game for a source that names each game once (issue 29): SBD states NYY-BOS on 2021-05-05 under three
-- ids; the first is kept and the others refused with it. A doubleheader's two ids still map to its two games.
-- The sample's steps above left their temp tables, made as this test's role; promotion makes its own.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN SELECT c.relname, c.relkind FROM pg_class c
            WHERE c.relnamespace = pg_my_temp_schema() AND c.relkind IN ('r', 'v') AND c.relname NOT LIKE '\_\_t%'
              AND c.relname NOT IN ('tap_run') LOOP
    EXECUTE format('DROP %s IF EXISTS pg_temp.%I CASCADE', CASE t.relkind WHEN 'v' THEN 'VIEW' ELSE 'TABLE' END, t.relname);
  END LOOP;
END
$$;
DELETE FROM pipeline.promotion_queue;
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, game_number, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
SELECT d::date, (d || 'T' || t)::timestamptz, 'NYY', 'BOS', n, 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
       (SELECT max(id) FROM pipeline.runs)
  FROM (VALUES ('2021-05-05', '23:05Z', 1), ('2021-05-06', '17:05Z', 1), ('2021-05-06', '23:05Z', 2)) AS v(d, t, n);
SELECT raw_data.record_attempt('sbd', 'betting_splits', 'sbd_betting_splits', 'tap-ids-' || k, now(), now(), p_http_status => 200,
  p_body => jsonb_build_object('games', (SELECT jsonb_agg(jsonb_build_object('_id', i, 'date', dt, 'home', '{"code": "NYY"}'::jsonb,
                                                                            'away', '{"code": "BOS"}'::jsonb, 'sportsbooks', '[]'::jsonb)
                                                           ORDER BY i)
                                          FROM unnest(ids, dates) AS x(i, dt)))::text)
  FROM (VALUES ('one-game', ARRAY['tap-a', 'tap-b', 'tap-c'], ARRAY['2021-05-05T23:05:00Z', '2021-05-05T23:05:00Z', '2021-05-05T23:05:00Z']),
               ('doubleheader', ARRAY['tap-dh1', 'tap-dh2'], ARRAY['2021-05-06T17:05:00Z', '2021-05-06T23:05:00Z'])) AS v(k, ids, dates);
SELECT staging.promote(10);
SELECT results_eq($$SELECT source_game_id FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
                     WHERE m.source = 'sbd' AND g.game_date = '2021-05-05'$$,
  $$VALUES ('tap-a')$$, 'three SBD ids for one game: one is mapped');
SELECT results_eq($$SELECT record_ref, severity, details->>'kept_source_game_id' FROM staging.validation_results
                     WHERE rule = 'source_game_id_conflict' AND source = 'sbd' ORDER BY 1$$,
  $$VALUES ('game:tap-b', 'reject', 'tap-a'), ('game:tap-c', 'reject', 'tap-a')$$,
  'the others are refused as source_game_id_conflict, naming the id kept');
SELECT results_eq($$SELECT m.source_game_id, g.game_number FROM staging.game_source_ids m JOIN staging.games g USING (game_id)
                     WHERE m.source = 'sbd' AND g.game_date = '2021-05-06' ORDER BY 2$$,
  $$VALUES ('tap-dh1', 1::smallint), ('tap-dh2', 2::smallint)$$, 'a doubleheader''s two ids map to its two games');
SELECT * FROM finish();
ROLLBACK;
