-- Deploy mlb:curated/user_bet_results (reworked after v0.3.0)
-- Clubs are written in the codes they went by on the game's date (issue 29): the 2023
-- Athletics are OAK (staging.matchup, curated.side_name_on).
-- Your bets graded as results arrive: a view over the bets, the games and the
-- closing lines, so a final score, a postponement or a corrected close shows at
-- once. Profit at the exact price taken; CLV by the published formula
-- (decimal odds taken x no-vig closing probability - 1) against the market
-- consensus and against the same book's own close, each only at the bet's line.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.user_bet_results AS
WITH graded AS (
  SELECT b.*, g.game_date, g.start_time, staging.matchup(g.away_team, g.home_team, g.game_date) AS matchup,
         curated.side_name_on(b.side, g.home_team, g.away_team, g.game_date) AS pick, s.name AS book,
         CASE WHEN g.status IN ('scheduled', 'live', 'suspended') THEN 'pending'
              ELSE curated.grade_bet(b.market, b.side, b.line, g.home_score, g.away_score, g.status) END AS result,
         g.start_time IS NOT NULL AND b.placed_at >= g.start_time AS is_live,
         c.consensus_close_line, c.close_fair_probability AS consensus_fair_probability,
         e.close_line AS book_close_line, e.close_price AS book_close_price,
         e.close_fair_probability AS book_fair_probability
    FROM curated.user_bets b
    JOIN staging.games g ON g.game_id = b.game_id
    JOIN staging.sportsbooks s ON s.sportsbook_id = b.sportsbook_id
    LEFT JOIN curated.market_consensus c ON c.game_id = b.game_id AND c.market = b.market AND c.side = b.side
    LEFT JOIN curated.betting_lines_enhanced e
      ON e.game_id = b.game_id AND e.sportsbook_id = b.sportsbook_id AND e.market = b.market AND e.side = b.side
)
SELECT bet_id, bettor, placed_at, game_id, game_date, matchup, market, side, pick, line, american_price, decimal_price,
       price_format, stake, book, note, result,
       CASE result WHEN 'win' THEN round(stake * (decimal_price - 1), 2) WHEN 'loss' THEN -stake
                   WHEN 'pending' THEN NULL ELSE 0 END AS profit,
       is_live,
       CASE WHEN NOT is_live AND consensus_close_line IS NOT DISTINCT FROM line
            THEN decimal_price * consensus_fair_probability - 1 END AS clv,
       CASE WHEN NOT is_live AND book_close_line IS NOT DISTINCT FROM line
            THEN decimal_price * book_fair_probability - 1 END AS clv_book,
       CASE WHEN is_live THEN 'placed after first pitch: no closing line to compare'
            WHEN consensus_fair_probability IS NULL THEN 'no consensus close (yet)'
            WHEN consensus_close_line IS DISTINCT FROM line
            THEN format('consensus closed at line %s, the bet is at %s', consensus_close_line, line) END AS clv_note,
       consensus_close_line, round(consensus_fair_probability, 4) AS consensus_fair_probability,
       book_close_line, book_close_price, round(book_fair_probability, 4) AS book_fair_probability
  FROM graded;
COMMENT ON VIEW curated.user_bet_results IS 'Each of your bets graded: result (pending until final; win, loss, push; void when postponed or cancelled), profit at the exact price taken (stake x (decimal - 1) for a win, -stake for a loss, 0 for push and void), and closing line value: clv against the market''s no-vig consensus close, clv_book against the same book''s own no-vig close, each decimal_price x fair probability - 1 and only when the close is at the bet''s line and the bet was placed before first pitch (clv_note says why not). A bet taken at the close has a CLV of minus the vig: the fair price is better than any real one.';
COMMENT ON COLUMN curated.user_bet_results.bet_id IS 'The bet (curated.user_bets).';
COMMENT ON COLUMN curated.user_bet_results.bettor IS 'Who placed it.';
COMMENT ON COLUMN curated.user_bet_results.placed_at IS 'When it was placed.';
COMMENT ON COLUMN curated.user_bet_results.game_id IS 'The game.';
COMMENT ON COLUMN curated.user_bet_results.game_date IS 'New York date of first pitch.';
COMMENT ON COLUMN curated.user_bet_results.matchup IS 'AWAY @ HOME club codes.';
COMMENT ON COLUMN curated.user_bet_results.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN curated.user_bet_results.side IS 'home, away, over or under.';
COMMENT ON COLUMN curated.user_bet_results.pick IS 'The side by name: the club, Over or Under.';
COMMENT ON COLUMN curated.user_bet_results.line IS 'The line taken (NULL for moneylines).';
COMMENT ON COLUMN curated.user_bet_results.american_price IS 'American odds taken.';
COMMENT ON COLUMN curated.user_bet_results.decimal_price IS 'Exact decimal odds taken.';
COMMENT ON COLUMN curated.user_bet_results.price_format IS 'american or decimal: how the price was offered.';
COMMENT ON COLUMN curated.user_bet_results.stake IS 'Amount staked.';
COMMENT ON COLUMN curated.user_bet_results.book IS 'The book''s name.';
COMMENT ON COLUMN curated.user_bet_results.note IS 'Your note.';
COMMENT ON COLUMN curated.user_bet_results.result IS 'pending, win, loss, push or void (postponed, cancelled).';
COMMENT ON COLUMN curated.user_bet_results.profit IS 'Money won (positive) or lost at the price taken; 0 for push and void; NULL while pending.';
COMMENT ON COLUMN curated.user_bet_results.is_live IS 'Placed at or after first pitch.';
COMMENT ON COLUMN curated.user_bet_results.clv IS 'Closing line value against the consensus: decimal_price x consensus no-vig closing probability - 1 (0.03 = 3% expected return if the close is the truth).';
COMMENT ON COLUMN curated.user_bet_results.clv_book IS 'Closing line value against the same book''s own no-vig close.';
COMMENT ON COLUMN curated.user_bet_results.clv_note IS 'Why clv is NULL, when it is.';
COMMENT ON COLUMN curated.user_bet_results.consensus_close_line IS 'The consensus closing line of the side.';
COMMENT ON COLUMN curated.user_bet_results.consensus_fair_probability IS 'The consensus no-vig closing probability (4 places).';
COMMENT ON COLUMN curated.user_bet_results.book_close_line IS 'The book''s closing line of the side.';
COMMENT ON COLUMN curated.user_bet_results.book_close_price IS 'The book''s closing American price of the side.';
COMMENT ON COLUMN curated.user_bet_results.book_fair_probability IS 'The book''s own no-vig closing probability (4 places).';
GRANT SELECT ON curated.user_bet_results TO mlb_analyst;

COMMIT;
