-- pgTAP: staging/rebuild (re-derive one date from raw): rows in, rows out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(5);

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

SELECT * FROM finish();
ROLLBACK;
