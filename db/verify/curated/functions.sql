-- Verify mlb:curated/functions
BEGIN;

SELECT 1 / coalesce((curated.no_vig_multiplicative(0.5238, 0.5238) = 0.5)::int, 0);
SELECT 1 / coalesce((curated.grade_bet('total', 'over', 8, 5, 3, 'final') = 'push')::int, 0);
SELECT 1 / coalesce((curated.profit_units('loss', 150) = -1)::int, 0);
SELECT 'curated.closing_line_value(int, numeric)'::regprocedure, 'curated.hold(numeric, numeric)'::regprocedure,
       'curated.overround(numeric, numeric)'::regprocedure, 'curated.no_vig_additive(numeric, numeric)'::regprocedure;

ROLLBACK;
