-- pgTAP: raw_data.vsin_games: a rendered page in, its games out.
BEGIN;
SELECT plan(1);
-- The sample day's first DraftKings game as the agent renders a VSIN page (sample/vsin; agent/sources/vsin.py).
CREATE TEMP TABLE v AS SELECT ROW('vsin_data', 1, '2025-06-14:draftkings', '2025-06-14 16:05Z', 200, $j${"tables": [{"rows": [
  [{"texts": ["Saturday,Jun 14"], "links": ["/mlb/games/?gamedate=2025-06-14"]}, {"texts": ["Moneyline"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]},
   {"texts": ["Total"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}, {"texts": ["Run Line"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}],
  [{"texts": ["Tampa Bay Rays", "Baltimore Orioles"]}, {"texts": ["-123", "+103"]}, {"texts": ["54%", "46%"]}, {"texts": ["63%", "37%"]},
   {"texts": ["8.5", "8.5"]}, {"texts": ["68%", "32%"]}, {"texts": ["61%", "39%"]}, {"texts": ["-1.5 +162", "+1.5 -196"]},
   {"texts": ["55%", "45%"]}, {"texts": ["38%", "62%"]}]],
  "row_attrs": [{}, {}]}]}$j$::jsonb)::raw_data.payload AS p;
SELECT results_eq($$SELECT source_game_id, date_text, team_a_text, team_b_text, home_known, in_page_order, teams_by FROM v, raw_data.vsin_games(p)$$,
  $$VALUES ('2025-06-14:draftkings:1:2', '2025-06-14', 'Tampa Bay Rays', 'Baltimore Orioles', false, true, 'alias')$$,
  'the two clubs in page order, home not stated: staging matches them to the schedule''s game of that date');
SELECT * FROM finish();
ROLLBACK;
