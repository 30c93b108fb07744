-- pgTAP: raw_data.sbd_splits on the sample day's SportsBettingDime payload (sample/sbd): payload in, splits out.
BEGIN;
SELECT plan(3);
\set payload `cat sample/sbd/*_betting_splits_2025-06-14.json`
CREATE TEMP TABLE sbd AS SELECT ROW('sbd_betting_splits', 1, '2025-06-14', '2025-06-14 16:00Z', 200, :'payload'::jsonb)::raw_data.payload AS p;
CREATE TEMP VIEW splits AS SELECT s.* FROM sbd, raw_data.sbd_splits(p) s;
SELECT set_eq($$SELECT market, side_text, bets_text, money_text, count_text, observed_at FROM splits
                 WHERE source_game_id = '20250614.01-MLB-TB@BAL' AND market = 'moneyline'$$,
  $$VALUES ('moneyline', 'away', '63.0', '54.0', '12600', '2025-06-14T15:58:41.112Z'::timestamptz),
           ('moneyline', 'home', '37.0', '46.0', '7400', '2025-06-14T15:58:41.112Z')$$,
  'bets and stake percentages and the count per side, observed at the market''s updated time');
SELECT is((SELECT count(*)::int FROM splits WHERE book_text IS NOT NULL), 0, 'SBD''s own aggregate: no book');
SELECT results_eq($$SELECT source_game_id, observed_at FROM raw_data.sbd_splits(ROW('sbd_betting_splits', 2, 'x', '2025-06-14 16:00Z', 200,
                      '{"games": [{"_id": "g1", "bettingSplits": {"total": {"over": {"betsPercentage": 50}}}},
                                  {"_id": "g2", "bettingSplits": {"total": {"updated": "not a time", "over": {"betsPercentage": 50}}}}]}')::raw_data.payload)
                     ORDER BY 1$$,
  $$VALUES ('g1', '2025-06-14 16:00Z'::timestamptz), ('g2', NULL)$$,
  'no update time: observed at the fetch time; one that is not a time: none (staging refuses it as invalid_observed_at), never a failed batch');
SELECT * FROM finish();
ROLLBACK;
