-- Deploy mlb:curated/game_board (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on). And its prices were on
-- offer together (issue 28): before first pitch the best price on offer now
-- (curated.prices_on_offer), from first pitch the best close, each with its book and
-- when its source last showed it; never the best of each side over a whole day.
-- The day's board, one row per game: when, who, the result, the closing
-- consensus, the best price of each side with its book and time, the signals
-- and each strategy's bet. Every game staging knows is on it, curated or not.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.game_board AS
WITH now_lines AS (
  -- Before first pitch: the run line and total most books on offer quote now (for the home side and the over).
  SELECT p.game_id, p.market, mode() WITHIN GROUP (ORDER BY p.line) AS line
    FROM curated.prices_on_offer p WHERE p.market <> 'moneyline' AND p.side IN ('home', 'over')
   GROUP BY p.game_id, p.market
), best_now AS (
  -- The best price on offer now per side (highest decimal odds; then the latest shown, then the book), at that line.
  SELECT DISTINCT ON (p.game_id, p.market, p.side) p.game_id, p.market, p.side, p.line, p.american_price AS price,
         p.book, p.shown_at AS at
    FROM curated.prices_on_offer p
    LEFT JOIN now_lines n ON n.game_id = p.game_id AND n.market = p.market
   WHERE p.market = 'moneyline' OR p.line = CASE WHEN p.side = 'away' THEN -n.line ELSE n.line END
   ORDER BY p.game_id, p.market, p.side, p.decimal_price DESC, p.shown_at DESC, p.sportsbook_id
), best_close AS (
  -- From first pitch: the best close (curated.market_consensus) and when its book's source last showed it.
  SELECT m.game_id, m.market, m.side, m.consensus_close_line AS line, m.best_close_price AS price, b.name AS book,
         coalesce(e.close_confirmed_at, e.close_at) AS at
    FROM curated.market_consensus m
    JOIN staging.games g ON g.game_id = m.game_id
    JOIN staging.sportsbooks b ON b.sportsbook_id = m.best_close_sportsbook_id
    LEFT JOIN curated.betting_lines_enhanced e
      ON e.game_id = m.game_id AND e.sportsbook_id = m.best_close_sportsbook_id AND e.market = m.market AND e.side = m.side
   WHERE g.start_time <= now() OR g.status <> 'scheduled'
), best AS (
  SELECT * FROM best_now UNION ALL SELECT * FROM best_close
), prices AS (
  SELECT b.game_id,
         max(b.price) FILTER (WHERE b.market = 'moneyline' AND b.side = 'away') AS best_away_price,
         max(b.book) FILTER (WHERE b.market = 'moneyline' AND b.side = 'away') AS best_away_book,
         max(b.at) FILTER (WHERE b.market = 'moneyline' AND b.side = 'away') AS best_away_at,
         max(b.price) FILTER (WHERE b.market = 'moneyline' AND b.side = 'home') AS best_home_price,
         max(b.book) FILTER (WHERE b.market = 'moneyline' AND b.side = 'home') AS best_home_book,
         max(b.at) FILTER (WHERE b.market = 'moneyline' AND b.side = 'home') AS best_home_at,
         max(b.line) FILTER (WHERE b.market = 'spread' AND b.side = 'home') AS home_run_line,
         max(b.price) FILTER (WHERE b.market = 'spread' AND b.side = 'home') AS best_home_run_line_price,
         max(b.book) FILTER (WHERE b.market = 'spread' AND b.side = 'home') AS best_home_run_line_book,
         max(b.at) FILTER (WHERE b.market = 'spread' AND b.side = 'home') AS best_home_run_line_at,
         max(b.price) FILTER (WHERE b.market = 'spread' AND b.side = 'away') AS best_away_run_line_price,
         max(b.book) FILTER (WHERE b.market = 'spread' AND b.side = 'away') AS best_away_run_line_book,
         max(b.at) FILTER (WHERE b.market = 'spread' AND b.side = 'away') AS best_away_run_line_at,
         max(b.line) FILTER (WHERE b.market = 'total' AND b.side = 'over') AS total,
         max(b.price) FILTER (WHERE b.market = 'total' AND b.side = 'over') AS best_over_price,
         max(b.book) FILTER (WHERE b.market = 'total' AND b.side = 'over') AS best_over_book,
         max(b.at) FILTER (WHERE b.market = 'total' AND b.side = 'over') AS best_over_at,
         max(b.price) FILTER (WHERE b.market = 'total' AND b.side = 'under') AS best_under_price,
         max(b.book) FILTER (WHERE b.market = 'total' AND b.side = 'under') AS best_under_book,
         max(b.at) FILTER (WHERE b.market = 'total' AND b.side = 'under') AS best_under_at
    FROM best b
   GROUP BY b.game_id
), lines AS (
  SELECT c.game_id,
         max(c.fair_price) FILTER (WHERE c.market = 'moneyline' AND c.side = 'away') AS away_fair_price,
         max(c.fair_price) FILTER (WHERE c.market = 'moneyline' AND c.side = 'home') AS home_fair_price,
         max(c.fair_probability) FILTER (WHERE c.market = 'moneyline' AND c.side = 'home') AS home_fair_probability,
         max(c.fair_probability) FILTER (WHERE c.market = 'total' AND c.side = 'over') AS over_fair_probability
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
       l.away_fair_price, l.home_fair_price, l.home_fair_probability, p.best_away_price, p.best_away_book,
       p.best_home_price, p.best_home_book, p.home_run_line, p.best_home_run_line_price, p.best_home_run_line_book,
       p.best_away_run_line_price, p.best_away_run_line_book, p.total, l.over_fair_probability, p.best_over_price,
       p.best_over_book, p.best_under_price, p.best_under_book,
       coalesce(s.signal_count, 0) AS signal_count, s.signals, coalesce(b.bet_count, 0) AS bet_count, b.strategy_bets,
       CASE WHEN g.start_time <= now() OR g.status <> 'scheduled' THEN 'close' ELSE 'now' END AS prices_as_of,
       p.best_away_at, p.best_home_at, p.best_home_run_line_at, p.best_away_run_line_at, p.best_over_at, p.best_under_at
  FROM staging.games g
  LEFT JOIN lines l ON l.game_id = g.game_id
  LEFT JOIN prices p ON p.game_id = g.game_id
  LEFT JOIN signals s ON s.game_id = g.game_id
  LEFT JOIN bets b ON b.game_id = g.game_id;
COMMENT ON VIEW curated.game_board IS 'The board, one row per game staging knows (SELECT * FROM curated.game_board WHERE game_date = ''2025-06-14'' ORDER BY start_time): first pitch in New York time, teams, status and score, the closing consensus (fair moneyline prices and probabilities), the best price of each side with its book and when its source last showed it, as of prices_as_of: before first pitch the best price on offer now (curated.prices_on_offer: quotes shown within lines.close_window_minutes), from first pitch the best close; never the best of each side over a whole day. Then the signals and each strategy''s bet. Built on curated.closing_lines, prices_on_offer, market_consensus, signals_by_date and strategy_results; a game not yet curated has only its schedule columns.';
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
COMMENT ON COLUMN curated.game_board.best_away_price IS 'Best away moneyline as of prices_as_of: on offer now (before first pitch) or the best close (from first pitch), bettable books only.';
COMMENT ON COLUMN curated.game_board.best_away_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.best_home_price IS 'Best home moneyline as of prices_as_of: on offer now (before first pitch) or the best close (from first pitch), bettable books only.';
COMMENT ON COLUMN curated.game_board.best_home_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.home_run_line IS 'The home club''s run line of the prices shown: before first pitch the one most books on offer quote now, from first pitch the consensus closing run line (-1.5 lays, +1.5 takes).';
COMMENT ON COLUMN curated.game_board.best_home_run_line_price IS 'Best price on the home run line at home_run_line, as of prices_as_of.';
COMMENT ON COLUMN curated.game_board.best_home_run_line_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.best_away_run_line_price IS 'Best price on the away run line at minus home_run_line, as of prices_as_of.';
COMMENT ON COLUMN curated.game_board.best_away_run_line_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.total IS 'The total of the prices shown: before first pitch the one most books on offer quote now, from first pitch the consensus closing total.';
COMMENT ON COLUMN curated.game_board.over_fair_probability IS 'Consensus no-vig closing probability of the over (4 places).';
COMMENT ON COLUMN curated.game_board.best_over_price IS 'Best over price at total, as of prices_as_of.';
COMMENT ON COLUMN curated.game_board.best_over_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.best_under_price IS 'Best under price at total, as of prices_as_of.';
COMMENT ON COLUMN curated.game_board.best_under_book IS 'The book that offered it.';
COMMENT ON COLUMN curated.game_board.signal_count IS 'How many signals the game has (curated.signals_by_date).';
COMMENT ON COLUMN curated.game_board.signals IS 'The signals in the order they became known: signal, market (ML, RL, total) and side by name.';
COMMENT ON COLUMN curated.game_board.bet_count IS 'How many strategy bets the game has (curated.strategy_results).';
COMMENT ON COLUMN curated.game_board.prices_as_of IS 'now: the best prices are those on offer now (a scheduled game before its first pitch); close: they are the best closes (from first pitch, or a game live, final, postponed or cancelled).';
COMMENT ON COLUMN curated.game_board.best_away_at IS 'When the source of the best away moneyline last showed it (a close: when it was last confirmed before first pitch).';
COMMENT ON COLUMN curated.game_board.best_home_at IS 'When the source of the best home moneyline last showed it.';
COMMENT ON COLUMN curated.game_board.best_home_run_line_at IS 'When the source of the best home run line price last showed it.';
COMMENT ON COLUMN curated.game_board.best_away_run_line_at IS 'When the source of the best away run line price last showed it.';
COMMENT ON COLUMN curated.game_board.best_over_at IS 'When the source of the best over price last showed it.';
COMMENT ON COLUMN curated.game_board.best_under_at IS 'When the source of the best under price last showed it.';
COMMENT ON COLUMN curated.game_board.strategy_bets IS 'Each strategy''s bet: strategy, side, line, American price taken and result.';
GRANT SELECT ON curated.game_board TO mlb_analyst;

COMMIT;
