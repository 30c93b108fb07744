-- Deploy mlb:staging/odds_functions
-- Price arithmetic every zone relies on. Immutable and strict; invalid input
-- gives NULL, which validation turns into a quarantined row with a reason.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE FUNCTION staging.parse_american_odds(price_text text) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN upper(btrim(price_text)) IN ('EVEN', 'EV', 'EVS') THEN 100
  WHEN btrim(price_text) ~ '^[+-]?\d{1,6}(\.0+)?$' THEN btrim(price_text)::numeric::int
END;
COMMENT ON FUNCTION staging.parse_american_odds(text) IS 'American odds from text: +150 -> 150, -110 -> -110, 100 -> 100, EVEN/EV -> 100. PK, empty strings and anything else give NULL (PK is a line, not a price).';

CREATE FUNCTION staging.parse_line(line_text text) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN lower(btrim(line_text)) IN ('pk', 'pick', 'pickem', 'pick''em') THEN 0
  WHEN btrim(line_text) ~ '^[+-]?(\d+(\.\d*)?|\.\d+)$' THEN btrim(line_text)::numeric
END;
COMMENT ON FUNCTION staging.parse_line(text) IS 'Points (spread or total) from text: +1.5 -> 1.5, 8 -> 8, PK -> 0; empty strings and anything else give NULL.';

CREATE FUNCTION staging.american_to_decimal(american int) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN american >= 100 THEN 1 + american / 100.0
  WHEN american <= -100 THEN 1 + 100.0 / -american
END;
COMMENT ON FUNCTION staging.american_to_decimal(int) IS 'Decimal odds (total return per unit staked) for American odds: +150 -> 2.5, -200 -> 1.5, +/-100 -> 2. NULL between -100 and +100 exclusive, which is not a valid American price.';

CREATE FUNCTION staging.decimal_to_american(decimal_odds numeric) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN decimal_odds >= 2 THEN round((decimal_odds - 1) * 100)::int
  WHEN decimal_odds > 1 THEN round(-100 / (decimal_odds - 1))::int
END;
COMMENT ON FUNCTION staging.decimal_to_american(numeric) IS 'American odds for decimal odds, rounded to the nearest integer: 2.5 -> +150, 1.5 -> -200, 2 -> +100. NULL for decimal odds <= 1.';

CREATE FUNCTION staging.american_to_implied_probability(american int) RETURNS numeric
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN american >= 100 THEN 100.0 / (american + 100)
  WHEN american <= -100 THEN -american / (-american + 100.0)
END;
COMMENT ON FUNCTION staging.american_to_implied_probability(int) IS 'Implied probability (with the book''s margin) of American odds: -110 -> 0.5238, +150 -> 0.4, +/-100 -> 0.5. NULL for invalid prices.';

CREATE FUNCTION staging.implied_probability_to_american(probability numeric) RETURNS int
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
RETURN CASE
  WHEN probability >= 0.5 AND probability < 1 THEN round(-100 * probability / (1 - probability))::int
  WHEN probability > 0 AND probability < 0.5 THEN round(100 * (1 - probability) / probability)::int
END;
COMMENT ON FUNCTION staging.implied_probability_to_american(numeric) IS 'American odds for a probability, rounded to the nearest integer: 0.6 -> -150, 0.4 -> +150, 0.5 -> -100 (even money). NULL outside (0, 1).';

GRANT EXECUTE ON FUNCTION staging.parse_american_odds(text), staging.parse_line(text),
  staging.american_to_decimal(int), staging.decimal_to_american(numeric),
  staging.american_to_implied_probability(int), staging.implied_probability_to_american(numeric)
  TO mlb_analyst;

COMMIT;
