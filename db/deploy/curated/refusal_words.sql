-- Deploy mlb:curated/refusal_words
-- What a refused strategy or bet says (issue 31): each rule of curated.strategies and
-- curated.user_bets a person can break from the command line, in words, as the comment on
-- its constraint. mlb-agent prints the comment of the constraint the database names
-- (agent/db.py, refusal), so the rule and its words live together, once.
BEGIN;
SET LOCAL ROLE mlb_owner;

COMMENT ON CONSTRAINT strategies_strategy_key_check ON curated.strategies IS 'A strategy''s key is lower case letters, digits and underscores, starting with a letter (follow_rlm_dogs).';
COMMENT ON CONSTRAINT strategies_signal_check ON curated.strategies IS 'The signal must be one of every_game, favourite, sharp_action, reverse_line_movement, steam, fade_the_public.';
COMMENT ON CONSTRAINT strategies_market_check ON curated.strategies IS 'The market must be moneyline, spread or total.';
COMMENT ON CONSTRAINT strategies_side_rule_check ON curated.strategies IS 'The side rule must be home, away, over, under, favourite, underdog or signal_side.';
COMMENT ON CONSTRAINT strategies_bet_timing_check ON curated.strategies IS 'The timing must be open, close, signal or minutes_before.';
COMMENT ON CONSTRAINT strategies_role_check ON curated.strategies IS 'The role must be any, favourite or underdog.';
COMMENT ON CONSTRAINT strategies_minutes_before_check ON curated.strategies IS 'Minutes before first pitch must be 1 to 1440 (a day).';
COMMENT ON CONSTRAINT strategies_min_price_check ON curated.strategies IS 'A minimum price is an American price: +100 or more, or -100 or less.';
COMMENT ON CONSTRAINT strategies_max_price_check ON curated.strategies IS 'A maximum price is an American price: +100 or more, or -100 or less.';
COMMENT ON CONSTRAINT strategies_require_signals_check ON curated.strategies IS 'A required signal must be one of sharp_action, reverse_line_movement, steam, fade_the_public, book_disagreement, arbitrage.';
COMMENT ON CONSTRAINT strategies_min_books_check ON curated.strategies IS 'At least one book must offer the price (min books 1 or more).';
COMMENT ON CONSTRAINT strategies_minutes_before_timing ON curated.strategies IS 'Minutes before first pitch go with the timing minutes_before, and that timing needs them.';
COMMENT ON CONSTRAINT strategies_side_fits_market ON curated.strategies IS 'The side must fit the market: a total bets over, under or the signal''s side (and any role); a moneyline or run line bets home, away, favourite, underdog or the signal''s side, never over or under.';
COMMENT ON CONSTRAINT strategies_signal_side_has_a_signal ON curated.strategies IS 'Betting the signal''s side needs a signal that has a side: sharp_action, reverse_line_movement, steam or fade_the_public, not every_game or favourite.';
COMMENT ON CONSTRAINT strategies_signal_timing_has_a_signal ON curated.strategies IS 'Betting when the signal is known needs a signal: sharp_action, reverse_line_movement, steam or fade_the_public, not every_game or favourite.';
COMMENT ON CONSTRAINT strategies_price_range ON curated.strategies IS 'The minimum price must not pay more than the maximum (e.g. from -150 to +120, not from +120 to -150).';
COMMENT ON CONSTRAINT strategies_line_range ON curated.strategies IS 'The minimum line must not be above the maximum line.';

COMMENT ON CONSTRAINT user_bets_market_check ON curated.user_bets IS 'The market must be moneyline, spread or total.';
COMMENT ON CONSTRAINT user_bets_side_check ON curated.user_bets IS 'The side must be home, away, over or under (or the club you bet on).';
COMMENT ON CONSTRAINT user_bets_stake_check ON curated.user_bets IS 'The stake must be more than 0.';
COMMENT ON CONSTRAINT user_bets_stake_finite ON curated.user_bets IS 'The stake must be a finite amount.';
COMMENT ON CONSTRAINT user_bets_american_price_check ON curated.user_bets IS 'An American price is +100 or more, or -100 or less (+150, -110; EVEN is +100).';
COMMENT ON CONSTRAINT user_bets_decimal_price_check ON curated.user_bets IS 'A decimal price is more than 1 (2.50, 1.91).';
COMMENT ON CONSTRAINT user_bets_decimal_price_finite ON curated.user_bets IS 'A decimal price must be a finite number.';
COMMENT ON CONSTRAINT user_bets_price_format_check ON curated.user_bets IS 'A price is written American or decimal.';
COMMENT ON CONSTRAINT user_bets_check ON curated.user_bets IS 'Over and under are the sides of a total, and a total has no other sides.';
COMMENT ON CONSTRAINT user_bets_check1 ON curated.user_bets IS 'A moneyline has no line; a run line or total needs one (--line).';
COMMENT ON CONSTRAINT user_bets_line_finite ON curated.user_bets IS 'The line must be a finite number.';
COMMENT ON CONSTRAINT user_bets_game_id_fkey ON curated.user_bets IS 'The bet must be on a game the pipeline knows (staging.games).';
COMMENT ON CONSTRAINT user_bets_sportsbook_id_fkey ON curated.user_bets IS 'The bet must be at a sportsbook the pipeline knows (staging.sportsbooks).';

COMMIT;
