-- Deploy mlb:curated/game_board (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- The day's board, one row per game: when, who, the result, the closing
-- consensus, the best pre-game price of each side with its book, the signals
-- and each strategy's bet. Every game staging knows is on it, curated or not.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.game_board AS
WITH lines AS (
  SELECT c.game_id,
         max(c.fair_price) FILTER (WHERE c.market = 'moneyline' AND c.side = 'away') AS away_fair_price,
         max(c.fair_price) FILTER (WHERE c.market = 'moneyline' AND c.side = 'home') AS home_fair_price,
         max(c.fair_probability) FILTER (WHERE c.market = 'moneyline' AND c.side = 'home') AS home_fair_probability,
         max(c.best_pregame_price) FILTER (WHERE c.market = 'moneyline' AND c.side = 'away') AS best_away_price,
         max(c.best_pregame_book) FILTER (WHERE c.market = 'moneyline' AND c.side = 'away') AS best_away_book,
         max(c.best_pregame_price) FILTER (WHERE c.market = 'moneyline' AND c.side = 'home') AS best_home_price,
         max(c.best_pregame_book) FILTER (WHERE c.market = 'moneyline' AND c.side = 'home') AS best_home_book,
         max(c.line) FILTER (WHERE c.market = 'spread' AND c.side = 'home') AS home_run_line,
         max(c.best_pregame_price) FILTER (WHERE c.market = 'spread' AND c.side = 'home') AS best_home_run_line_price,
         max(c.best_pregame_book) FILTER (WHERE c.market = 'spread' AND c.side = 'home') AS best_home_run_line_book,
         max(c.best_pregame_price) FILTER (WHERE c.market = 'spread' AND c.side = 'away') AS best_away_run_line_price,
         max(c.best_pregame_book) FILTER (WHERE c.market = 'spread' AND c.side = 'away') AS best_away_run_line_book,
         max(c.line) FILTER (WHERE c.market = 'total' AND c.side = 'over') AS total,
         max(c.fair_probability) FILTER (WHERE c.market = 'total' AND c.side = 'over') AS over_fair_probability,
         max(c.best_pregame_price) FILTER (WHERE c.market = 'total' AND c.side = 'over') AS best_over_price,
         max(c.best_pregame_book) FILTER (WHERE c.market = 'total' AND c.side = 'over') AS best_over_book,
         max(c.best_pregame_price) FILTER (WHERE c.market = 'total' AND c.side = 'under') AS best_under_price,
         max(c.best_pregame_book) FILTER (WHERE c.market = 'total' AND c.side = 'under') AS best_under_book
    FROM curated.closing_lines c
   GROUP BY c.game_id
), signals AS (
  SELECT s.game_id, count(*)::int AS signal_count,
         string_agg(format('%s %s %s', s.signal, CASE s.market WHEN 'moneyline' THEN 'ML' WHEN 'spread' THEN 'RL' ELSE 'total' END,
                           s.pick), ', ' ORDER BY s.known_at, s.signal, s.market, s.side) AS signals
    FROM curated.signals_by_date s
   GROUP BY s.game_id
), bets AS (
  SELECT r.game_id, count(*)::int AS bet_count,
         string_agg(format('%s: %s%s %s %s', r.strategy_key, curated.side_name_on(r.side, g.home_team, g.away_team, g.game_date),
                           CASE WHEN r.line IS NULL THEN '' ELSE ' ' || r.line END,
                           CASE WHEN r.american_price > 0 THEN '+' ELSE '' END || r.american_price, r.result),
                    ', ' ORDER BY r.strategy_key, r.market) AS strategy_bets
    FROM curated.strategy_results r
    JOIN staging.games g ON g.game_id = r.game_id
   GROUP BY r.game_id
)
SELECT g.game_id, g.game_date, g.start_time, (g.start_time AT TIME ZONE 'America/New_York') AS first_pitch_new_york,
       staging.matchup(g.away_team, g.home_team, g.game_date) AS matchup,
       staging.team_code_on(g.away_team, g.game_date) AS away_team, staging.team_code_on(g.home_team, g.game_date) AS home_team,
       staging.team_name_on(g.away_team, g.game_date) AS away_name,
       staging.team_name_on(g.home_team, g.game_date) AS home_name, g.game_number, g.status, g.away_score, g.home_score,
       staging.team_code_on(CASE WHEN g.status = 'final' AND g.home_score > g.away_score THEN g.home_team
                                 WHEN g.status = 'final' AND g.away_score > g.home_score THEN g.away_team END, g.game_date) AS winner,
       l.away_fair_price, l.home_fair_price, l.home_fair_probability, l.best_away_price, l.best_away_book,
       l.best_home_price, l.best_home_book, l.home_run_line, l.best_home_run_line_price, l.best_home_run_line_book,
       l.best_away_run_line_price, l.best_away_run_line_book, l.total, l.over_fair_probability, l.best_over_price,
       l.best_over_book, l.best_under_price, l.best_under_book,
       coalesce(s.signal_count, 0) AS signal_count, s.signals, coalesce(b.bet_count, 0) AS bet_count, b.strategy_bets
  FROM staging.games g
  LEFT JOIN lines l ON l.game_id = g.game_id
  LEFT JOIN signals s ON s.game_id = g.game_id
  LEFT JOIN bets b ON b.game_id = g.game_id;
COMMENT ON VIEW curated.game_board IS 'The board, one row per game staging knows (SELECT * FROM curated.game_board WHERE game_date = ''2025-06-14'' ORDER BY start_time): first pitch in New York time, teams, status and score, the closing consensus (fair moneyline prices, run line, total), the best pre-game price of each side with its book, the signals and each strategy''s bet. Built on curated.closing_lines, signals_by_date and strategy_results; a game not yet curated has only its schedule columns.';
COMMENT ON COLUMN curated.game_board.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.game_board.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.game_board.start_time IS 'Scheduled first pitch (time zone aware).';
COMMENT ON COLUMN curated.game_board.first_pitch_new_york IS 'Scheduled first pitch on the New York clock (America/New_York, real DST).';
COMMENT ON COLUMN curated.game_board.matchup IS 'AWAY @ HOME in the codes the clubs went by that season (staging.matchup): HOU @ OAK in 2023.';
COMMENT ON COLUMN curated.game_board.away_team IS 'Away club''s code that season (staging.team_code_on: OAK for the Athletics before 2025); staging.games.away_team is its key in every season.';
COMMENT ON COLUMN curated.game_board.home_team IS 'Home club''s code that season (staging.team_code_on); staging.games.home_team is its key in every season.';
COMMENT ON COLUMN curated.game_board.away_name IS 'Away club''s name that season (staging.team_name_on: Oakland Athletics in 2023).';
COMMENT ON COLUMN curated.game_board.home_name IS 'Home club''s name that season (staging.team_name_on).';
COMMENT ON COLUMN curated.game_board.game_number IS '2 for the second game of a doubleheader.';
COMMENT ON COLUMN curated.game_board.status IS 'scheduled, live, final, postponed, suspended or cancelled.';
COMMENT ON COLUMN curated.game_board.away_score IS 'Away runs (final or current).';
COMMENT ON COLUMN curated.game_board.home_score IS 'Home runs (final or current).';
COMMENT ON COLUMN curated.game_board.winner IS 'The winning club of a final game, in its code that season.';
COMMENT ON COLUMN curated.game_board.away_fair_price IS 'Consensus no-vig closing moneyline of the away club, as American odds.';
COMMENT ON COLUMN curated.game_board.home_fair_price IS 'Consensus no-vig closing moneyline of the home club, as American odds.';
COMMENT ON COLUMN curated.game_board.home_fair_probability IS 'Consensus no-vig closing probability that the home club wins (4 places).';
COMMENT ON COLUMN curated.game_board.best_away_price IS 'Best pre-game away moneyline any bettable book offered.';
COMMENT ON COLUMN curated.game_board.best_away_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.best_home_price IS 'Best pre-game home moneyline any bettable book offered.';
COMMENT ON COLUMN curated.game_board.best_home_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.home_run_line IS 'Consensus closing run line of the home club (-1.5 lays, +1.5 takes).';
COMMENT ON COLUMN curated.game_board.best_home_run_line_price IS 'Best pre-game price on the home run line at the consensus line.';
COMMENT ON COLUMN curated.game_board.best_home_run_line_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.best_away_run_line_price IS 'Best pre-game price on the away run line at the consensus line.';
COMMENT ON COLUMN curated.game_board.best_away_run_line_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.total IS 'Consensus closing total.';
COMMENT ON COLUMN curated.game_board.over_fair_probability IS 'Consensus no-vig closing probability of the over (4 places).';
COMMENT ON COLUMN curated.game_board.best_over_price IS 'Best pre-game over price at the consensus total.';
COMMENT ON COLUMN curated.game_board.best_over_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.best_under_price IS 'Best pre-game under price at the consensus total.';
COMMENT ON COLUMN curated.game_board.best_under_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.signal_count IS 'How many signals the game has (curated.signals_by_date).';
COMMENT ON COLUMN curated.game_board.signals IS 'The signals in the order they became known: signal, market (ML, RL, total) and side by name.';
COMMENT ON COLUMN curated.game_board.bet_count IS 'How many strategy bets the game has (curated.strategy_results).';
COMMENT ON COLUMN curated.game_board.strategy_bets IS 'Each strategy''s bet: strategy, side, line, American price taken and result.';
GRANT SELECT ON curated.game_board TO mlb_analyst;

COMMIT;
