-- Deploy mlb:curated/signal_rates
-- How often each signal fires (issue 28): on the sample every game carried 4-7 signals
-- and nothing said so. A signal on most games is no signal.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.signal_rates AS
WITH games AS (
  SELECT g.game_id, g.game_date, staging.season_of(g.game_date) AS season
    FROM staging.games g WHERE g.status NOT IN ('postponed', 'cancelled')
), kinds (signal) AS (
  VALUES ('sharp_action'), ('reverse_line_movement'), ('steam'), ('fade_the_public'), ('book_disagreement'), ('arbitrage')
), fired AS (
  SELECT DISTINCT a.game_id, a.signal FROM curated.betting_analysis a
)
SELECT g.season, g.game_date, k.signal, count(*) AS games, count(f.game_id) AS games_with_signal,
       round(100.0 * count(f.game_id) / count(*), 1) AS percent_of_games
  FROM games g
 CROSS JOIN kinds k
  LEFT JOIN fired f ON f.game_id = g.game_id AND f.signal = k.signal
 GROUP BY GROUPING SETS ((g.season, g.game_date, k.signal), (g.season, k.signal));
COMMENT ON VIEW curated.signal_rates IS 'How often each signal fires: per season and New York date (game_date NULL: the whole season) and signal, the games played or scheduled (postponed and cancelled left out), those with the signal on any market or side (curated.betting_analysis), and their share in percent. SELECT * FROM curated.signal_rates WHERE game_date IS NULL ORDER BY season, signal.';
COMMENT ON COLUMN curated.signal_rates.season IS 'The season (staging.season_of).';
COMMENT ON COLUMN curated.signal_rates.game_date IS 'New York date; NULL on the row of the whole season.';
COMMENT ON COLUMN curated.signal_rates.signal IS 'sharp_action, reverse_line_movement, steam, fade_the_public, book_disagreement or arbitrage.';
COMMENT ON COLUMN curated.signal_rates.games IS 'Games of the date (or season), postponed and cancelled left out.';
COMMENT ON COLUMN curated.signal_rates.games_with_signal IS 'Of those, the games with this signal on any market or side.';
COMMENT ON COLUMN curated.signal_rates.percent_of_games IS 'games_with_signal / games in percent, one decimal.';
GRANT SELECT ON curated.signal_rates TO mlb_analyst;

COMMIT;
