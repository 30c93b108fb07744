-- pgTAP: staging.match_batch_games (a batch's source games matched to games): the sample day's batch in
-- (fixtures/sample_batch.psql, the steps before source_games run), matches out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(9);
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

-- A page's rows are positions, not ids (issue 28): VSIN lists a doubleheader's games in order; the first leaves its
-- board at first pitch, and the second moves up to the first's row. Pages fetched before the first pitch (both games
-- listed, or the second not posted yet) and after it (only the second listed) each go to the right game, without a
-- warning about the row seen before.
INSERT INTO staging.games (game_date, start_time, home_team, away_team, game_number, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
SELECT '2021-05-07', ('2021-05-07T' || t)::timestamptz, 'TOR', 'BAL', n, 'scheduled', 'mlb_stats_api', now(), 1, 'mlb_stats_api', 1,
       (SELECT max(id) FROM pipeline.runs)
  FROM (VALUES ('17:05Z', 1), ('23:05Z', 2)) AS v(t, n);
SELECT raw_data.record_attempt('vsin', 'betting_splits', 'vsin_data', '2021-05-07:' || k, f::timestamptz, f::timestamptz,
  p_http_status => 200, p_body => k, p_rendered_payload => jsonb_build_object('tables', jsonb_build_array(jsonb_build_object(
    'rows', jsonb_build_array(
      '[{"texts": ["Friday,May 7"], "links": ["/mlb/games/?gamedate=2021-05-07"]}, {"texts": ["Moneyline"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}]'::jsonb)
      || (SELECT jsonb_agg(jsonb_build_array(jsonb_build_object('texts', jsonb_build_array('Baltimore Orioles', 'Toronto Blue Jays')),
                                             jsonb_build_object('texts', jsonb_build_array(x, '-110')),
                                             '{"texts": ["50%", "50%"]}'::jsonb, '{"texts": ["50%", "50%"]}'::jsonb) ORDER BY o)
            FROM unnest(prices) WITH ORDINALITY AS u(x, o)),
    'row_attrs', '[{}, {}, {}]'::jsonb))))
  FROM (VALUES ('draftkings', '2021-05-07T16:00:00Z', ARRAY['+101', '+102']), ('circa', '2021-05-07T12:00:00Z', ARRAY['+103']),
               ('fanduel', '2021-05-07T18:00:00Z', ARRAY['+104'])) AS v(k, f, prices);
SELECT staging.promote(10);
SELECT results_eq($$SELECT l.outlet, l.american_price::int, g.game_number FROM staging.betting_lines l JOIN staging.games g USING (game_id)
                     WHERE l.source = 'vsin' AND g.game_date = '2021-05-07' AND l.side = 'away' ORDER BY 2$$,
  $$VALUES ('draftkings', 101, 1::smallint), ('draftkings', 102, 2::smallint), ('circa', 103, 1::smallint), ('fanduel', 104, 2::smallint)$$,
  'a doubleheader on VSIN pages: both listed in order; one listed before any first pitch is the first; after the first''s, the second');
SELECT is((SELECT count(*)::int FROM staging.validation_results WHERE source = 'vsin' AND game_date = '2021-05-07'), 0,
  'nothing quarantined, no warning about a row that held another game before');
SELECT is((SELECT count(*)::int FROM staging.validation_results WHERE source = 'vsin' AND rule = 'source_game_id_conflict'), 0,
  'a position is no id: no source_game_id_conflict');
SELECT * FROM finish();
ROLLBACK;
