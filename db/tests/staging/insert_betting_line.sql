-- staging.insert_betting_line: a line inserted into the view by name is stored with its codes.
BEGIN;
SELECT plan(4);

INSERT INTO pipeline.runs (zone, kind, rows_out) VALUES ('staging', 'promote', 1);
INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES ('tap_ins_book', 'Tap Ins Book', true, 'sportsbook');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-03-01', '2031-03-01 18:00Z', 'NYY', 'NYM', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 1,
        (SELECT max(id) FROM pipeline.runs));
CREATE TEMP TABLE tap_ins AS
WITH ins AS (
  INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, line, american_price, observed_at, source,
                                     quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
  SELECT (SELECT game_id FROM staging.games WHERE game_date = '2031-03-01'),
         (SELECT sportsbook_id FROM staging.sportsbooks WHERE name = 'Tap Ins Book'),
         'spread', 'away', 1.5, 150, '2031-03-01 12:00Z', 'sbd', 1, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs)
  RETURNING line_id, decimal_price)
SELECT * FROM ins;
SELECT is((SELECT row(r.market, r.side, r.line_timing, r.is_opener, r.outlet)::text FROM staging.betting_line_rows r JOIN tap_ins USING (line_id)),
          row('s'::"char", 'a'::"char", 'T'::"char", false, '')::text, 'stored with its codes and the table''s defaults');
SELECT is((SELECT decimal_price FROM tap_ins), 2.5::numeric, 'RETURNING gives the stored id and the computed decimal price');
SELECT throws_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                     quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
                   SELECT game_id, sportsbook_id, 'first five moneyline', 'home', -110, now(), source, 1, raw_table, raw_id,
                          raw_fetched_at, pipeline_run_id FROM staging.betting_lines WHERE line_id = (SELECT line_id FROM tap_ins)$$,
                 '23502', NULL, 'a market the codes do not list is refused');
SELECT throws_ok($$INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                     quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
                   SELECT -1, sportsbook_id, 'moneyline', 'home', -110, now(), source, 1, raw_table, raw_id,
                          raw_fetched_at, pipeline_run_id FROM staging.betting_lines WHERE line_id = (SELECT line_id FROM tap_ins)$$,
                 '23503', NULL, 'the table''s reference check still holds');

SELECT * FROM finish();
ROLLBACK;
