-- Deploy mlb:curated/closing_lines (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- "The closing line and the best price for a game" in one SELECT: the market
-- consensus with team and book names, the fair price as American odds and
-- probabilities rounded for reading (curated.market_consensus keeps them exact).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.closing_lines AS
SELECT c.game_id, g.game_date, g.start_time, staging.matchup(g.away_team, g.home_team, g.game_date) AS matchup,
       c.market, c.side, curated.side_name_on(c.side, g.home_team, g.away_team, g.game_date) AS pick,
       c.consensus_close_line AS line, c.books,
       round(c.close_fair_probability, 4) AS fair_probability,
       staging.implied_probability_to_american(c.close_fair_probability) AS fair_price,
       round(c.fair_probability_move, 4) AS fair_probability_move,
       c.best_close_price, bc.name AS best_close_book,
       c.best_pregame_price, bp.name AS best_pregame_book, c.best_pregame_at,
       round(c.book_dispersion, 4) AS book_dispersion,
       curated.grade_bet(c.market, c.side, c.consensus_close_line, g.home_score, g.away_score, g.status) AS result
  FROM curated.market_consensus c
  JOIN staging.games g ON g.game_id = c.game_id
  LEFT JOIN staging.sportsbooks bc ON bc.sportsbook_id = c.best_close_sportsbook_id
  LEFT JOIN staging.sportsbooks bp ON bp.sportsbook_id = c.best_pregame_sportsbook_id;
COMMENT ON VIEW curated.closing_lines IS 'Closing lines as a bettor reads them, per game, market and side: the consensus closing line across bettable books, its no-vig fair probability (rounded to 4 places) and fair American price, the best closing and best pre-game price with the book''s name, and how the side did at the consensus line. Exact values: curated.market_consensus.';
COMMENT ON COLUMN curated.closing_lines.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN curated.closing_lines.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.closing_lines.start_time IS 'Scheduled first pitch.';
COMMENT ON COLUMN curated.closing_lines.matchup IS 'AWAY @ HOME club codes.';
COMMENT ON COLUMN curated.closing_lines.market IS 'moneyline, spread (run line) or total.';
COMMENT ON COLUMN curated.closing_lines.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.closing_lines.pick IS 'The side by name: the club''s code, Over or Under (curated.side_name).';
COMMENT ON COLUMN curated.closing_lines.line IS 'Consensus closing line of the side (the most common across books; NULL for moneylines).';
COMMENT ON COLUMN curated.closing_lines.books IS 'Bettable books with both sides at the close at that line.';
COMMENT ON COLUMN curated.closing_lines.fair_probability IS 'Consensus no-vig closing probability (multiplicative), rounded to 4 places.';
COMMENT ON COLUMN curated.closing_lines.fair_price IS 'That probability as American odds (staging.implied_probability_to_american): the price with no vig.';
COMMENT ON COLUMN curated.closing_lines.fair_probability_move IS 'Close minus open consensus fair probability: positive means the market moved toward the side.';
COMMENT ON COLUMN curated.closing_lines.best_close_price IS 'Best (highest payout) closing American price among bettable books.';
COMMENT ON COLUMN curated.closing_lines.best_close_book IS 'Name of the book offering it.';
COMMENT ON COLUMN curated.closing_lines.best_pregame_price IS 'Best American price any bettable book offered before first pitch, at the consensus line.';
COMMENT ON COLUMN curated.closing_lines.best_pregame_book IS 'Name of the book offering it.';
COMMENT ON COLUMN curated.closing_lines.best_pregame_at IS 'When it was offered.';
COMMENT ON COLUMN curated.closing_lines.book_dispersion IS 'Standard deviation of the books'' closing fair probabilities (book disagreement), rounded to 4 places.';
COMMENT ON COLUMN curated.closing_lines.result IS 'The side at the consensus line against the final score: win, loss, push, or void until the game is final (curated.grade_bet).';
GRANT SELECT ON curated.closing_lines TO mlb_analyst;

COMMIT;
