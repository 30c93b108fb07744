-- Curated arithmetic, checked by hand.
BEGIN;
SELECT plan(27);

-- -110/-110: 0.5238 each.
SELECT is(round(curated.no_vig_multiplicative(staging.american_to_implied_probability(-110), staging.american_to_implied_probability(-110)), 6), 0.5, 'no-vig of -110/-110 is 50%');
-- -150/+130: 0.6 and 0.434783; sum 1.034783.
SELECT is(round(curated.no_vig_multiplicative(0.6, 100.0 / 230), 6), 0.579832, 'multiplicative: 0.6 / 1.034783');
SELECT is(round(curated.no_vig_additive(0.6, 100.0 / 230), 6), 0.582609, 'additive: 0.6 - 0.034783 / 2');
SELECT is(round(curated.no_vig_additive(100.0 / 230, 0.6) + curated.no_vig_additive(0.6, 100.0 / 230), 10), 1.0, 'additive fair probabilities sum to 1');
SELECT is(round(curated.no_vig_multiplicative(100.0 / 230, 0.6) + curated.no_vig_multiplicative(0.6, 100.0 / 230), 10), 1.0, 'multiplicative fair probabilities sum to 1');
SELECT is(round(curated.overround(staging.american_to_implied_probability(-110), staging.american_to_implied_probability(-110)), 4), 0.0476, 'overround of -110/-110 is 4.76%');
SELECT is(round(curated.hold(staging.american_to_implied_probability(-110), staging.american_to_implied_probability(-110)), 4), 0.0455, 'hold of -110/-110 is 4.55%');
SELECT is(round(curated.hold(0.5, 0.5), 6), 0.0, 'a fair market holds nothing');

SELECT is(curated.grade_bet('moneyline', 'home', NULL, 5, 3, 'final'), 'win', 'home moneyline wins when home scores more');
SELECT is(curated.grade_bet('moneyline', 'away', NULL, 5, 3, 'final'), 'loss', 'away moneyline loses then');
SELECT is(curated.grade_bet('moneyline', 'home', NULL, NULL, NULL, 'postponed'), 'void', 'a postponed game is void');
SELECT is(curated.grade_bet('moneyline', 'home', NULL, 2, 1, 'suspended'), 'void', 'a suspended game is no action');
SELECT is(curated.grade_bet('spread', 'home', -1.5, 5, 3, 'final'), 'win', 'home -1.5 covers a 2-run win');
SELECT is(curated.grade_bet('spread', 'home', -1.5, 4, 3, 'final'), 'loss', 'home -1.5 fails a 1-run win');
SELECT is(curated.grade_bet('spread', 'away', 1.5, 4, 3, 'final'), 'win', 'away +1.5 covers a 1-run loss');
SELECT is(curated.grade_bet('spread', 'away', 1.0, 4, 3, 'final'), 'push', 'away +1 on a 1-run loss is a push');
SELECT is(curated.grade_bet('total', 'over', 8, 5, 3, 'final'), 'push', 'over 8 with 8 runs is a push');
SELECT is(curated.grade_bet('total', 'under', 8, 5, 3, 'final'), 'push', 'under 8 with 8 runs is a push');
SELECT is(curated.grade_bet('total', 'over', 8.5, 5, 4, 'final'), 'win', 'over 8.5 with 9 runs wins');
SELECT is(curated.grade_bet('total', 'under', 8.5, 5, 4, 'final'), 'loss', 'under 8.5 with 9 runs loses');

SELECT is(curated.profit_units('win', 150), 1.5, '+150 win pays 1.5 units');
SELECT is(round(curated.profit_units('win', -120), 4), 0.8333, '-120 win pays 0.8333 units, not the -110 payout');
SELECT is(round(curated.profit_units('win', -110), 4), 0.9091, '-110 win pays 0.9091 units');
SELECT is(curated.profit_units('loss', -200), -1::numeric, 'a loss costs the unit');
SELECT is(curated.profit_units('push', -200), 0::numeric, 'a push returns the stake');

SELECT is(round(curated.closing_line_value(110, 0.5), 4), 0.05, '+110 against a 50% fair close is +5% CLV');
SELECT ok(curated.closing_line_value(-150, 0.55) < 0, '-150 (60%) against a 55% fair close is negative CLV');

SELECT * FROM finish();
ROLLBACK;
