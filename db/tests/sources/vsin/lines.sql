-- pgTAP: raw_data.vsin_lines: a rendered page in, its prices out.
BEGIN;
SELECT plan(2);
-- The sample day's first DraftKings game as the agent renders a VSIN page (sample/vsin; agent/sources/vsin.py).
CREATE TEMP TABLE v AS SELECT ROW('vsin_data', 1, '2025-06-14:draftkings', '2025-06-14 16:05Z', 200, $j${"tables": [{"rows": [
  [{"texts": ["Saturday,Jun 14"], "links": ["/mlb/games/?gamedate=2025-06-14"]}, {"texts": ["Moneyline"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]},
   {"texts": ["Total"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}, {"texts": ["Run Line"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}],
  [{"texts": ["Tampa Bay Rays", "Baltimore Orioles"]}, {"texts": ["-123", "+103"]}, {"texts": ["54%", "46%"]}, {"texts": ["63%", "37%"]},
   {"texts": ["8.5", "8.5"]}, {"texts": ["68%", "32%"]}, {"texts": ["61%", "39%"]}, {"texts": ["-1.5 +162", "+1.5 -196"]},
   {"texts": ["55%", "45%"]}, {"texts": ["38%", "62%"]}]],
  "row_attrs": [{}, {}]}]}$j$::jsonb)::raw_data.payload AS p;
SELECT set_eq($$SELECT book_text, market, side_team_text, line_text, price_text, side_by_team, observed_at FROM v, raw_data.vsin_lines(p)
                 WHERE market IN ('moneyline', 'spread')$$,
  $$VALUES ('draftkings', 'moneyline', 'Tampa Bay Rays', NULL::text, '-123', true, '2025-06-14 16:05Z'::timestamptz),
           ('draftkings', 'moneyline', 'Baltimore Orioles', NULL, '+103', true, '2025-06-14 16:05Z'),
           ('draftkings', 'spread', 'Tampa Bay Rays', '-1.5', '+162', true, '2025-06-14 16:05Z'),
           ('draftkings', 'spread', 'Baltimore Orioles', '+1.5', '-196', true, '2025-06-14 16:05Z')$$,
  'the view''s book; each side by its club; a run line cell split into line and price; observed when fetched');
SELECT is((SELECT count(*)::int FROM v, raw_data.vsin_lines(p) WHERE market = 'total' AND price_text IS NOT NULL), 0,
  'a total cell without a price states the line only');
SELECT * FROM finish();
ROLLBACK;
