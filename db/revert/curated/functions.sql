-- Revert mlb:curated/functions
BEGIN;

DROP FUNCTION curated.closing_line_value(int, numeric);
DROP FUNCTION curated.profit_units(text, int);
DROP FUNCTION curated.grade_bet(text, text, numeric, int, int, text);
DROP FUNCTION curated.hold(numeric, numeric);
DROP FUNCTION curated.overround(numeric, numeric);
DROP FUNCTION curated.no_vig_additive(numeric, numeric);
DROP FUNCTION curated.no_vig_multiplicative(numeric, numeric);

COMMIT;
