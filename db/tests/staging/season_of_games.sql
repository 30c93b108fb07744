-- staging.season_of_games: a game's lines live in its season's partition; a season is detached and attached whole.
BEGIN;
SELECT plan(7);

INSERT INTO pipeline.runs (zone, kind, rows_out) VALUES ('staging', 'promote', 1);
INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES ('tap_season_book', 'Tap Season Book', true, 'sportsbook');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2042-09-30', '2042-09-30 18:00Z', 'NYY', 'NYM', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 1,
        (SELECT max(id) FROM pipeline.runs));
SELECT isnt(to_regclass('staging.betting_line_rows_2042'), NULL, 'a game of a new season creates its partition');
INSERT INTO staging.betting_lines (game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT g.game_id, (SELECT sportsbook_id FROM staging.sportsbooks WHERE name = 'Tap Season Book'), 'moneyline', s, -110,
       '2042-09-30 12:00Z', 'sbd', 1, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs)
  FROM staging.games g, unnest(ARRAY['home', 'away']) s WHERE g.game_date = '2042-09-30';
SELECT is((SELECT count(*) FROM staging.betting_line_rows_2042), 2::bigint, 'its lines are in it');

-- Postponed into the next year: the lines follow.
UPDATE staging.games SET game_date = '2043-04-01', start_time = '2043-04-01 17:00Z' WHERE game_date = '2042-09-30';
SELECT is((SELECT count(*) FROM staging.betting_line_rows_2043), 2::bigint, 'a game moved into another year takes its lines there');
SELECT is((SELECT count(*) FROM staging.betting_line_rows_2042), 0::bigint, 'and out of the old season');

-- A season detached is gone from the view as a whole and comes back attached.
ALTER TABLE staging.betting_line_rows DETACH PARTITION staging.betting_line_rows_2043;
SELECT is((SELECT count(*) FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_date = '2043-04-01'),
          0::bigint, 'a detached season''s lines leave staging.betting_lines');
SELECT is((SELECT count(*) FROM staging.betting_line_rows_2043), 2::bigint, 'and stay in the detached table, to archive');
ALTER TABLE staging.betting_line_rows ATTACH PARTITION staging.betting_line_rows_2043 FOR VALUES IN (2043);
SELECT is((SELECT count(*) FROM staging.betting_lines l JOIN staging.games g USING (game_id) WHERE g.game_date = '2043-04-01'),
          2::bigint, 'attached again, they are back');

SELECT * FROM finish();
ROLLBACK;
