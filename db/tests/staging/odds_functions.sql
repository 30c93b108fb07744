-- Odds arithmetic and parsing.
BEGIN;
SELECT plan(30);

SELECT is(staging.american_to_decimal(150), 2.5, '+150 is decimal 2.5');
SELECT is(staging.american_to_decimal(-200), 1.5, '-200 is decimal 1.5');
SELECT is(staging.american_to_decimal(100), 2.0, '+100 is decimal 2');
SELECT is(staging.american_to_decimal(-100), 2.0, '-100 is decimal 2');
SELECT is(round(staging.american_to_decimal(-110), 4), 1.9091, '-110 is decimal 1.9091');
SELECT is(staging.american_to_decimal(-50), NULL, 'between -100 and +100 is not a price');
SELECT is(staging.decimal_to_american(2.5), 150, 'decimal 2.5 is +150');
SELECT is(staging.decimal_to_american(1.5), -200, 'decimal 1.5 is -200');
SELECT is(staging.decimal_to_american(1.9091), -110, 'decimal 1.9091 is -110');
SELECT is(staging.decimal_to_american(1.0), NULL, 'decimal 1 has no American price');
SELECT is(round(staging.american_to_implied_probability(-110), 6), 0.523810, '-110 implies 52.381%');
SELECT is(staging.american_to_implied_probability(150), 0.4, '+150 implies 40%');
SELECT is(staging.american_to_implied_probability(-150), 0.6, '-150 implies 60%');
SELECT is(staging.american_to_implied_probability(100), 0.5, 'even money implies 50%');
SELECT is(staging.implied_probability_to_american(0.6), -150, '60% is -150');
SELECT is(staging.implied_probability_to_american(0.4), 150, '40% is +150');
SELECT is(staging.implied_probability_to_american(1.0), NULL, '100% has no price');
SELECT is(staging.implied_probability_to_american(staging.american_to_implied_probability(-135)), -135, 'round trip -135');
SELECT is(staging.parse_american_odds('+150'), 150, 'parses +150');
SELECT is(staging.parse_american_odds('-110'), -110, 'parses -110');
SELECT is(staging.parse_american_odds('100'), 100, 'parses 100');
SELECT is(staging.parse_american_odds('EVEN'), 100, 'EVEN is +100');
SELECT is(staging.parse_american_odds(' even '), 100, 'even, any case and spacing, is +100');
SELECT is(staging.parse_american_odds('PK'), NULL, 'PK is a line, not a price');
SELECT is(staging.parse_american_odds(''), NULL, 'empty is no price');
SELECT is(staging.parse_american_odds(NULL), NULL, 'NULL is no price');
SELECT is(staging.parse_american_odds('-'), NULL, 'a dash is no price');
SELECT is(staging.parse_line('PK'), 0::numeric, 'PK is a line of 0');
SELECT is(staging.parse_line('+1.5'), 1.5, 'parses +1.5');
SELECT is(staging.parse_line('o8.5'), NULL, 'unknown line text is NULL, not guessed');

SELECT * FROM finish();
ROLLBACK;
