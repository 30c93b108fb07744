-- Deploy mlb:curated/line_history (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- Every price a book offered for a game, long, with names: the series a
-- line-movement chart draws. is_change marks the points where the line or the
-- exact price changed (a repeated observation is not a move), is_close the
-- observation curated.betting_lines_enhanced chose as the book's close.
-- The window is partitioned by game first, so a filter on game_id is applied
-- before it (one game reads only its own rows through the natural key's index).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.line_history AS
SELECT l.game_id, g.game_date, staging.matchup(g.away_team, g.home_team, g.game_date) AS matchup,
       b.name AS book, b.book_key, b.is_bettable, l.outlet, l.source, l.market, l.side,
       curated.side_name_on(l.side, g.home_team, g.away_team, g.game_date) AS pick,
       l.line, l.american_price, coalesce(l.stated_decimal_price, l.decimal_price) AS decimal_price,
       round(1 / coalesce(l.stated_decimal_price, l.decimal_price), 4) AS implied_probability,
       l.observed_at, l.line_timing,
       round(extract(epoch FROM g.start_time - l.observed_at) / 60)::int AS minutes_before_first_pitch,
       l.is_opener, coalesce(e.close_line_id = l.line_id, false) AS is_close,
       (lag(l.line_id) OVER w IS NULL
        OR lag(l.line) OVER w IS DISTINCT FROM l.line
        OR lag(coalesce(l.stated_decimal_price, l.decimal_price)) OVER w
           IS DISTINCT FROM coalesce(l.stated_decimal_price, l.decimal_price)) AS is_change,
       l.is_live, l.line_id, l.raw_table, l.raw_id
  FROM staging.betting_lines l
  JOIN staging.games g ON g.game_id = l.game_id
  JOIN staging.sportsbooks b ON b.sportsbook_id = l.sportsbook_id
  LEFT JOIN curated.betting_lines_enhanced e
    ON e.game_id = l.game_id AND e.sportsbook_id = l.sportsbook_id AND e.market = l.market AND e.side = l.side
WINDOW w AS (PARTITION BY l.game_id, l.sportsbook_id, l.outlet, l.source, l.market, l.side
             ORDER BY l.observed_at NULLS FIRST,
                      CASE l.line_timing WHEN 'open' THEN 0 WHEN 'observed' THEN 1 ELSE 2 END);
COMMENT ON VIEW curated.line_history IS 'Every price each book offered for a game, one row per observation with team and book names: the line and price history a line-movement chart draws (filter on game_id, or game_date). is_change marks the first observation and every change of line or exact price of the same book, outlet, source, market and side; is_close the book''s closing observation. Wide per book: curated.line_history_wide(game_id).';
COMMENT ON COLUMN curated.line_history.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.line_history.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.line_history.matchup IS 'AWAY @ HOME club codes.';
COMMENT ON COLUMN curated.line_history.book IS 'The sportsbook''s name (staging.sportsbooks.name).';
COMMENT ON COLUMN curated.line_history.book_key IS 'The sportsbook''s key.';
COMMENT ON COLUMN curated.line_history.is_bettable IS 'False for consensus and opening-line pseudo-books.';
COMMENT ON COLUMN curated.line_history.outlet IS 'The source''s id of the outlet (Action Network book id, Odds API key, SBD name; staging.sportsbook_source_ids).';
COMMENT ON COLUMN curated.line_history.source IS 'Source that reported the price.';
COMMENT ON COLUMN curated.line_history.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN curated.line_history.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.line_history.pick IS 'The side by name: the club''s code, Over or Under.';
COMMENT ON COLUMN curated.line_history.line IS 'Points: the side''s run line or the total; NULL for moneylines.';
COMMENT ON COLUMN curated.line_history.american_price IS 'American odds as stated (or the rounded figure of stated decimal odds).';
COMMENT ON COLUMN curated.line_history.decimal_price IS 'Exact decimal odds: as stated when the source gave decimal odds, else from the American price.';
COMMENT ON COLUMN curated.line_history.implied_probability IS 'Implied probability with the book''s margin, 1 / decimal_price, rounded to 4 places.';
COMMENT ON COLUMN curated.line_history.observed_at IS 'When the price held; NULL for untimed SBRO open/close lines.';
COMMENT ON COLUMN curated.line_history.line_timing IS 'observed, or open/close for untimed SBRO season lines.';
COMMENT ON COLUMN curated.line_history.minutes_before_first_pitch IS 'Minutes from the observation to the scheduled first pitch (negative: in play).';
COMMENT ON COLUMN curated.line_history.is_opener IS 'The first observation of this book, outlet, market and side from this source (or an SBRO open).';
COMMENT ON COLUMN curated.line_history.is_close IS 'The observation curated.betting_lines_enhanced took as the book''s close (last before first pitch).';
COMMENT ON COLUMN curated.line_history.is_change IS 'True for the first observation and each one whose line or exact price differs from the one before it (same book, outlet, source, market and side, in time order).';
COMMENT ON COLUMN curated.line_history.is_live IS 'Observed after first pitch (in play).';
COMMENT ON COLUMN curated.line_history.line_id IS 'The staging.betting_lines observation (lineage).';
COMMENT ON COLUMN curated.line_history.raw_table IS 'Raw table of the payload it came from.';
COMMENT ON COLUMN curated.line_history.raw_id IS 'Raw row of that payload.';
GRANT SELECT ON curated.line_history TO mlb_analyst;

COMMIT;
