-- pgTAP: staging.raw_copy, the winning-copy rule: copies in, the winner out.
BEGIN;
SELECT plan(5);
CREATE TEMP TABLE copies (label text, fetched_at timestamptz, raw_table text, raw_id bigint);
INSERT INTO copies VALUES
  ('early', '2025-06-14 12:00Z', 'sbd_betting_splits', 900),
  ('late', '2025-06-14 12:05Z', 'action_network_games', 1),
  ('late, later table', '2025-06-14 12:05Z', 'vsin_data', 1),
  ('late, later table, later row', '2025-06-14 12:05Z', 'vsin_data', 2);
SELECT is((SELECT label FROM copies ORDER BY staging.raw_copy(fetched_at, raw_table, raw_id) DESC LIMIT 1),
  'late, later table, later row', 'of equal fetch times and tables, the later row wins');
SELECT ok(staging.raw_copy('2025-06-14 12:05Z', 'a', 1) > staging.raw_copy('2025-06-14 12:00Z', 'z', 999), 'the later fetch wins whatever its table and id');
SELECT ok(staging.raw_copy('2025-06-14 12:05Z', 'vsin_data', 1) > staging.raw_copy('2025-06-14 12:05Z', 'action_network_games', 99),
  'equal fetch times: the later raw table name wins');
SELECT ok(NOT (staging.raw_copy('2025-06-14 12:05Z', 'vsin_data', 1) > staging.raw_copy('2025-06-14 12:05Z', 'vsin_data', 1)),
  'a copy never beats itself: restating the stored copy changes nothing');
SELECT is((SELECT array_agg(label ORDER BY staging.raw_copy(fetched_at, raw_table, raw_id)) FROM copies),
  ARRAY['early', 'late', 'late, later table', 'late, later table, later row'], 'a total order: every copy has its place');
SELECT * FROM finish();
ROLLBACK;
