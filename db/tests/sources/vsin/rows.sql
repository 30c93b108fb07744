-- pgTAP: raw_data.vsin_rows: a rendered page in, one row per game out, in either layout.
BEGIN;
SELECT plan(3);
-- The sample day's first DraftKings game as the agent renders a VSIN page (sample/vsin; agent/sources/vsin.py).
CREATE TEMP TABLE v AS SELECT ROW('vsin_data', 1, '2025-06-14:draftkings', '2025-06-14 16:05Z', 200, $j${"tables": [{"rows": [
  [{"texts": ["Saturday,Jun 14"], "links": ["/mlb/games/?gamedate=2025-06-14"]}, {"texts": ["Moneyline"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]},
   {"texts": ["Total"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}, {"texts": ["Run Line"]}, {"texts": ["Handle"]}, {"texts": ["Bets"]}],
  [{"texts": ["Tampa Bay Rays", "Baltimore Orioles"]}, {"texts": ["-123", "+103"]}, {"texts": ["54%", "46%"]}, {"texts": ["63%", "37%"]},
   {"texts": ["8.5", "8.5"]}, {"texts": ["68%", "32%"]}, {"texts": ["61%", "39%"]}, {"texts": ["-1.5 +162", "+1.5 -196"]},
   {"texts": ["55%", "45%"]}, {"texts": ["38%", "62%"]}]],
  "row_attrs": [{}, {}]}]}$j$::jsonb)::raw_data.payload AS p;
SELECT results_eq($$SELECT row_key, date_text, names, problem FROM v, raw_data.vsin_rows(p)$$,
  $$VALUES ('2025-06-14:draftkings:1:2', '2025-06-14', ARRAY['Tampa Bay Rays', 'Baltimore Orioles'], NULL::text)$$,
  'a game row: its key, the date of the page''s link, both clubs in page order');
-- A pair whose rows name a different number of teams is a reason, not an error.
SELECT is((SELECT r.problem FROM raw_data.vsin_rows(ROW('vsin_data', 1, '2025-01-01:x', now(), 200,
             '{"tables": [{"rows": [[{"texts": ["Team"]}], [{"texts": ["New York Mets"]}], [{"texts": ["A", "B"]}]],
                           "row_attrs": [{}, {"data-gamecode": "G"}, {"data-gamecode": "G"}]}]}')::raw_data.payload) r),
          'unreadable_team_cell', 'a team row naming two teams in the per-team layout');
SELECT is((SELECT r.problem FROM raw_data.vsin_rows(ROW('vsin_data', 1, '2025-01-01:x', now(), 200,
             '{"tables": [{"rows": [[{"texts": ["Team"]}], [{"texts": ["New York Mets"]}]],
                           "row_attrs": [{}, {"data-gamecode": "G"}]}]}')::raw_data.payload) r),
          'unpaired_team_rows', 'a game code with one team row');

SELECT * FROM finish();
ROLLBACK;
