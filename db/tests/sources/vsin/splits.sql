-- pgTAP: raw_data.vsin_splits: a rendered page in, handle and bets percentages out.
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
SELECT set_eq($$SELECT market, side_team_text, bets_text, money_text FROM v, raw_data.vsin_splits(p) WHERE market = 'moneyline'$$,
  $$VALUES ('moneyline', 'Tampa Bay Rays', NULL::text, '54%'), ('moneyline', 'Baltimore Orioles', NULL, '46%'),
           ('moneyline', 'Tampa Bay Rays', '63%', NULL), ('moneyline', 'Baltimore Orioles', '37%', NULL)$$,
  'the Handle column is money, the Bets column tickets, per club');
SELECT set_eq($$SELECT side_text, bets_text, money_text FROM v, raw_data.vsin_splits(p) WHERE market = 'total'$$,
  $$VALUES ('over', NULL::text, '68%'), ('under', NULL, '32%'), ('over', '61%', NULL), ('under', '39%', NULL)$$,
  'a total''s first row is the over, its second the under');
SELECT * FROM finish();
ROLLBACK;
