-- pgTAP: staging/rebuild (re-derive one date from raw): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(8);

-- A date whose raw rows are not there (their season's partition detached) is refused before anything is
-- deleted (reworked after v0.2.3); attached again, it rebuilds.
DELETE FROM pipeline.promotion_queue;
SELECT raw_data.record_attempt('mlb_stats_api', 'schedule', 'mlb_stats_api', '1999-04-05', now(), now(),
  p_http_status => 200, p_body => $j${"dates": [{"date": "1999-04-05", "games": [
   {"gamePk": 199900001, "gameDate": "1999-04-05T17:05:00Z", "gameNumber": 1, "status": {"codedGameState": "S"},
    "teams": {"home": {"team": {"id": 112}}, "away": {"team": {"id": 134}}}}]}]}$j$);
SELECT is((SELECT status FROM staging.promote()), 'succeeded', 'a schedule of a season of its own promotes');
SELECT is((SELECT count(*)::int FROM staging.games WHERE game_date = '1999-04-05'), 1, '... its game is staged');
ALTER TABLE raw_data.mlb_stats_api DETACH PARTITION raw_data.mlb_stats_api_1999;
SELECT throws_ok($$SELECT * FROM staging.rebuild('1999-04-05')$$, '55000',
                 '1 raw rows of raw_data.mlb_stats_api behind 1999-04-05 are not there (a season detached?): attach it before rebuilding the date',
                 'with its raw season detached, a rebuild of the date is refused');
SELECT is((SELECT count(*)::int FROM staging.games WHERE game_date = '1999-04-05'), 1, '... and deletes nothing');
ALTER TABLE raw_data.mlb_stats_api ATTACH PARTITION raw_data.mlb_stats_api_1999 FOR VALUES IN (1999);
SELECT results_eq($$SELECT table_name, rows_before, rows_after FROM staging.rebuild('1999-04-05') WHERE table_name = 'games'$$,
                  $$VALUES ('games'::text, 1::bigint, 1::bigint)$$, 'attached again, the date rebuilds');

-- A book catalogue replayed after the date was promoted (issue 29): the rebuild applies it, and the date's
-- Action Network lines, refused as unknown_book without it, are staged.
SET LOCAL client_min_messages = warning;
DELETE FROM pipeline.promotion_queue;
\set schedule `cat sample/mlb_stats_api/*_schedule_2025-06-14.json`
\set scoreboard `cat sample/action_network/*_scoreboard_2025-06-14.json`
\set books `cat sample/action_network/*_books_books.json`
SELECT raw_data.record_attempt(s, e, t, k, f::timestamptz, f::timestamptz, p_http_status => 200, p_body => b)
  FROM (VALUES ('mlb_stats_api', 'schedule', 'mlb_stats_api', '2025-06-14', '2025-06-15 07:00Z', :'schedule'),
               ('action_network', 'scoreboard', 'action_network_games', '2025-06-14', '2025-06-14 15:00Z', :'scoreboard'))
       AS v(s, e, t, k, f, b);
SELECT staging.promote(100);
CREATE TEMP TABLE tap_unknown AS
SELECT count(*)::int AS n FROM staging.validation_results WHERE raw_table = 'action_network_games' AND rule = 'unknown_book';
SELECT ok((SELECT n FROM tap_unknown) > 0 AND NOT EXISTS (SELECT 1 FROM staging.betting_lines WHERE raw_table = 'action_network_games'),
  'without the catalogue, the scoreboard''s books are unknown and none of its lines staged');
SELECT raw_data.record_attempt('action_network', 'books', 'action_network_books', 'books', '2025-06-14 12:00Z', '2025-06-14 12:00Z',
                               p_http_status => 200, p_body => :'books');
SELECT staging.rebuild('2025-06-14');
SELECT ok((SELECT count(*) FROM staging.betting_lines WHERE raw_table = 'action_network_games') > 0
          AND (SELECT count(*)::int FROM staging.validation_results WHERE raw_table = 'action_network_games' AND rule = 'unknown_book')
              < (SELECT n FROM tap_unknown),
  'the rebuild applied the replayed catalogue: the scoreboard''s lines of its books are staged');
SELECT is((SELECT count(*)::int FROM pipeline.promotion_queue WHERE raw_table = 'action_network_books'), 0, 'nor is it left queued');

SELECT * FROM finish();
ROLLBACK;
