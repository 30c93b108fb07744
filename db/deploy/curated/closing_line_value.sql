-- Deploy mlb:curated/closing_line_value
-- Closing line value of a price.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.closing_line_value(taken_american_price int, closing_fair_probability numeric) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN staging.american_to_decimal(taken_american_price) * closing_fair_probability - 1;
COMMENT ON FUNCTION curated.closing_line_value(int, numeric) IS 'Closing line value of a bet: its expected return per unit if the no-vig closing probability is the truth, decimal(taken) * p_close - 1. Positive means the bet beat the close (+110 taken when the fair close is 0.5 gives +0.05).';
GRANT EXECUTE ON FUNCTION curated.closing_line_value(int, numeric) TO mlb_analyst;

COMMIT;
