-- staging.betting_lines' references, checked per statement, hold like foreign keys.
BEGIN;
SELECT plan(10);

INSERT INTO pipeline.runs (zone, kind, rows_out) VALUES ('staging', 'promote', 1);
INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES ('tap_test_book', 'Tap Test Book', true, 'sportsbook');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-01-01', '2031-01-01 18:00Z', 'NYY', 'NYM', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 1,
        (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE tap_refs AS
SELECT (SELECT game_id FROM staging.games WHERE game_date = '2031-01-01') AS game_id,
       (SELECT sportsbook_id FROM staging.sportsbooks WHERE name = 'Tap Test Book') AS sportsbook_id,
       (SELECT max(id) FROM pipeline.runs) AS run_id;
CREATE FUNCTION pg_temp.add_line(p_game bigint, p_book int, p_source text, p_run bigint, p_price int DEFAULT -120)
RETURNS void LANGUAGE sql AS $$
  INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                     quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
  VALUES (p_game, p_book, 'moneyline', 'home', p_price, '2031-01-01 12:00Z'::timestamptz + make_interval(secs => abs(p_price)), p_source,
          1, 'sbd_betting_splits', 1, now(), p_run)
$$;

SELECT lives_ok($$SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', run_id) FROM tap_refs$$, 'a line whose references exist');
SELECT throws_ok($$SELECT pg_temp.add_line(-1, sportsbook_id, 'sbd', run_id, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a game that does not exist is refused');
SELECT throws_ok($$SELECT pg_temp.add_line(game_id, -1, 'sbd', run_id, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a sportsbook that does not exist is refused');
SELECT throws_ok($$SELECT pg_temp.add_line(game_id, sportsbook_id, 'no_such_source', run_id, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a source that does not exist is refused');
SELECT throws_ok($$SELECT pg_temp.add_line(game_id, sportsbook_id, 'sbd', -1, -130) FROM tap_refs$$, '23503', NULL,
                 'a line of a run that does not exist is refused');
SELECT throws_ok($$UPDATE staging.betting_lines SET sportsbook_id = -1 WHERE game_id = (SELECT game_id FROM tap_refs)$$, '23503', NULL,
                 'an update cannot point a line at a missing sportsbook');
SELECT throws_ok($$DELETE FROM staging.sportsbooks WHERE sportsbook_id = (SELECT sportsbook_id FROM tap_refs)$$, '23503', NULL,
                 'a sportsbook with lines cannot be deleted');
SELECT throws_ok($$DELETE FROM pipeline.runs WHERE id = (SELECT run_id FROM tap_refs)$$, '23503', NULL,
                 'a run that wrote lines cannot be deleted');
DELETE FROM staging.games WHERE game_id = (SELECT game_id FROM tap_refs);
SELECT is((SELECT count(*) FROM staging.betting_lines WHERE game_id = (SELECT game_id FROM tap_refs)), 0::bigint,
          'deleting a game deletes its lines');
SELECT hasnt_index('staging', 'betting_line_rows', 'betting_line_rows_game_idx', 'the by-game index is the unique key''s');

SELECT * FROM finish();
ROLLBACK;
