-- Deploy mlb:curated/functions
-- Betting arithmetic of the curated zone: no-vig probabilities, hold, grading,
-- profit at the odds taken, closing line value. Immutable and tested.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION curated.no_vig_multiplicative(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN side_probability + other_probability > 0 THEN side_probability / (side_probability + other_probability) END;
COMMENT ON FUNCTION curated.no_vig_multiplicative(numeric, numeric) IS 'Fair probability of a side by the multiplicative (proportional) method: p / (p + q) of the two implied probabilities. -110/-110 gives 0.5.';

CREATE FUNCTION curated.no_vig_additive(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN side_probability - (side_probability + other_probability - 1) / 2;
COMMENT ON FUNCTION curated.no_vig_additive(numeric, numeric) IS 'Fair probability by the additive method: the overround split equally, p - (p + q - 1) / 2. For a two-way market this equals Shin''s method; it differs from the multiplicative method when the prices are unequal.';

CREATE FUNCTION curated.overround(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN side_probability + other_probability - 1;
COMMENT ON FUNCTION curated.overround(numeric, numeric) IS 'Overround of a two-way market: the implied probabilities'' sum minus 1 (-110/-110 gives 0.0476).';

CREATE FUNCTION curated.hold(side_probability numeric, other_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE WHEN side_probability + other_probability > 0 THEN 1 - 1 / (side_probability + other_probability) END;
COMMENT ON FUNCTION curated.hold(numeric, numeric) IS 'The book''s hold: its expected share of money staked on both sides in proportion, 1 - 1 / (p + q) (-110/-110 gives 0.0455).';

CREATE FUNCTION curated.grade_bet(market text, side text, line numeric, home_score int, away_score int, game_status text)
RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN CASE
  WHEN game_status IS DISTINCT FROM 'final' OR home_score IS NULL OR away_score IS NULL THEN 'void'
  WHEN market = 'moneyline' THEN
    CASE sign(CASE side WHEN 'home' THEN home_score - away_score WHEN 'away' THEN away_score - home_score END)
      WHEN 1 THEN 'win' WHEN -1 THEN 'loss' WHEN 0 THEN 'push' END
  WHEN market = 'spread' THEN
    CASE sign(CASE side WHEN 'home' THEN home_score - away_score WHEN 'away' THEN away_score - home_score END + line)
      WHEN 1 THEN 'win' WHEN -1 THEN 'loss' WHEN 0 THEN 'push' END
  WHEN market = 'total' THEN
    CASE sign(CASE side WHEN 'over' THEN (home_score + away_score) - line WHEN 'under' THEN line - (home_score + away_score) END)
      WHEN 1 THEN 'win' WHEN -1 THEN 'loss' WHEN 0 THEN 'push' END
END;
COMMENT ON FUNCTION curated.grade_bet(text, text, numeric, int, int, text) IS 'win, loss, push or void for a bet on side (home/away/over/under) with line (the side''s run line, or the total) against the final score. Not final (postponed, cancelled, suspended, unplayed) is void: no action. A total on the number, or a whole-number run line covered exactly, is a push.';

CREATE FUNCTION curated.profit_units(result text, american_price int) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE result
  WHEN 'win' THEN CASE WHEN american_price > 0 THEN american_price / 100.0 ELSE 100.0 / -american_price END
  WHEN 'loss' THEN -1
  ELSE 0 END;
COMMENT ON FUNCTION curated.profit_units(text, int) IS 'Profit of a 1-unit stake at the American odds actually taken: a win at +150 pays 1.5, at -120 pays 0.8333; a loss costs 1; push and void return the stake (0).';

CREATE FUNCTION curated.closing_line_value(taken_american_price int, closing_fair_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN staging.american_to_decimal(taken_american_price) * closing_fair_probability - 1;
COMMENT ON FUNCTION curated.closing_line_value(int, numeric) IS 'Closing line value of a bet: its expected return per unit if the no-vig closing probability is the truth, decimal(taken) * p_close - 1. Positive means the bet beat the close (+110 taken when the fair close is 0.5 gives +0.05).';

GRANT EXECUTE ON FUNCTION curated.no_vig_multiplicative(numeric, numeric), curated.no_vig_additive(numeric, numeric),
  curated.overround(numeric, numeric), curated.hold(numeric, numeric),
  curated.grade_bet(text, text, numeric, int, int, text), curated.profit_units(text, int),
  curated.closing_line_value(int, numeric) TO mlb_analyst;

COMMIT;
