-- pgTAP: raw_data.sbro_lines: a season sheet in, its open and close prices out.
BEGIN;
SELECT plan(2);
-- The first game of the real 2014 season file (../shared/fixtures/real/sbro/mlb-odds-2014.xlsx) as the agent renders it
-- (agent/sources/sbro.py): the Dodgers at Arizona in Sydney, 2014-03-22, 3-1.
CREATE TEMP TABLE s AS SELECT ROW('sbro_odds', 1, 'mlb-odds-2014.xlsx', '2026-12-01 12:00Z', NULL, $j${"format": "xlsx-cells-v1", "file": "mlb-odds-2014.xlsx", "sheets": [{"name": "Sheet1", "rows": [
 ["Date", "Rot", "VH", "Team", "Pitcher", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "Final", "Open", "Close", "RL", "Open OU", null, "Close OU", null],
 [322, 993, "V", "LOS", "CKERSHAW-L", 0, 1, 0, 2, 0, 0, 0, 0, 0, 3, -170, -170, "-1.5(-104)", 6.5, -110, 6.5, -120],
 [322, 994, "H", "ARI", "WMILEY-L", 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 150, 150, "+1.5(-116)", 6.5, -110, 6.5, 100]]}]}$j$::jsonb)::raw_data.payload AS p;
SELECT set_eq($$SELECT market, side, line_text, price_text, observation_kind FROM s, raw_data.sbro_lines(p)$$,
  $$VALUES ('moneyline', 'away', NULL::text, '-170', 'open'), ('moneyline', 'away', NULL, '-170', 'close'),
           ('spread', 'away', '-1.5', '-104', 'close'), ('total', 'over', '6.5', '-110', 'open'), ('total', 'over', '6.5', '-120', 'close'),
           ('moneyline', 'home', NULL, '150', 'open'), ('moneyline', 'home', NULL, '150', 'close'),
           ('spread', 'home', '+1.5', '-116', 'close'), ('total', 'under', '6.5', '-110', 'open'), ('total', 'under', '6.5', '100', 'close')$$,
  'open and close moneylines, the run line as line and price, the V row''s total price the over and the H row''s the under');
SELECT is((SELECT count(*)::int FROM s, raw_data.sbro_lines(p) WHERE observed_at IS NOT NULL OR book_text <> 'sbro'), 0,
  'season lines are untimed, from the book sbro');
SELECT * FROM finish();
ROLLBACK;
