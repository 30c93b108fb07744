-- pgTAP: raw_data.sbro_games: a season sheet in, its games out (a V row and the H row after it).
BEGIN;
SELECT plan(2);
-- The first game of the real 2014 season file (../shared/fixtures/real/sbro/mlb-odds-2014.xlsx) as the agent renders it
-- (agent/sources/sbro.py): the Dodgers at Arizona in Sydney, 2014-03-22, 3-1.
CREATE TEMP TABLE s AS SELECT ROW('sbro_odds', 1, 'mlb-odds-2014.xlsx', '2026-12-01 12:00Z', NULL, $j${"format": "xlsx-cells-v1", "file": "mlb-odds-2014.xlsx", "sheets": [{"name": "Sheet1", "rows": [
 ["Date", "Rot", "VH", "Team", "Pitcher", "1st", "2nd", "3rd", "4th", "5th", "6th", "7th", "8th", "9th", "Final", "Open", "Close", "RL", "Open OU", null, "Close OU", null],
 [322, 993, "V", "LOS", "CKERSHAW-L", 0, 1, 0, 2, 0, 0, 0, 0, 0, 3, -170, -170, "-1.5(-104)", 6.5, -110, 6.5, -120],
 [322, 994, "H", "ARI", "WMILEY-L", 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 150, 150, "+1.5(-116)", 6.5, -110, 6.5, 100]]}]}$j$::jsonb)::raw_data.payload AS p;
SELECT results_eq($$SELECT source_game_id, date_text, home_text, away_text, home_score_text, away_score_text, extra_source_game_id, status, problem
                      FROM s, raw_data.sbro_games(p)$$,
  $$VALUES ('mlb-odds-2014.xlsx:Sheet1:row2', '2014-03-22', 'ARI', 'LOS', '1', '3', 'mlb-odds-2014.xlsx:Sheet1:row3', 'final', NULL::text)$$,
  'the date from the season and the MMDD cell, home from the H row, the finals, both rows as the game''s ids');
SELECT results_eq($$SELECT status, problem FROM raw_data.sbro_games(ROW('sbro_odds', 2, 'mlb-odds-2014.xlsx', now(), NULL,
                      '{"sheets": [{"name": "S", "rows": [["Date", "VH", "Team", "Final"], [401, "N", "NYY", "NL"], [401, "N", "BOS", "NL"]]}]}')::raw_data.payload)$$,
  $$VALUES ('postponed', 'neutral_site_home_unknown')$$, 'NL in Final is a game not played; N/N rows do not say which side is home');
SELECT * FROM finish();
ROLLBACK;
