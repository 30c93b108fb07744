-- pgTAP: curated.rebuild_reverse_line_movement (reverse line movement): a staged game in (fixtures/steam_game.psql), rebuilt by curated.rebuild,
-- what the step writes out. Owner, rights, comment: db/tests/setup/.
BEGIN;
SELECT plan(6);
SET LOCAL client_min_messages = warning;
\ir ../../fixtures/steam_game.psql
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT m.market, m.side, m.detected_at, m.books, m.public_ticket_percent, round(m.size, 6), b.book_key
                      FROM curated.movement_analysis m JOIN staging.sportsbooks b ON b.sportsbook_id = m.first_mover_sportsbook_id
                     WHERE m.game_id = (SELECT game_id FROM tap_game) AND m.movement_type = 'reverse_line_movement'$$,
  $$VALUES ('moneyline', 'home', timestamptz '2031-09-01 22:00Z', 3, 70.00, 0.031746, 'draftkings')$$,
  '70% of tickets on BOS while its price lengthened +110 -> +125 at three books: the move favours NYY, known with the split after it');
SELECT is((SELECT count(*)::int FROM curated.movement_analysis WHERE game_id = (SELECT game_id FROM tap_game) AND movement_type = 'reverse_line_movement' AND side = 'away'), 0,
  'never the public side');
-- One fetch of splits (the 22:00 one removed, as with the sample's single VSIN fetch): the public was seen before
-- the moves but never after, so nothing says the moves went against it.
DELETE FROM staging.betting_splits WHERE game_id = (SELECT game_id FROM tap_game) AND observed_at = '2031-09-01 22:00Z';
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT count(*)::int FROM curated.movement_analysis WHERE game_id = (SELECT game_id FROM tap_game)
            AND movement_type = 'reverse_line_movement'), 0, 'splits seen only before the moves: no reverse line movement');
-- A fetch at 22:30 returns the 18:00 body unchanged (the raw zone logs it as a copy of that raw row): the same splits
-- were seen again after the moves, and the movement is known then.
INSERT INTO raw_data.collection_log (source, endpoint, request_key, started_at, finished_at, http_status, outcome, raw_table, raw_id)
VALUES ('sbd', 'betting_splits', '2031-09-01', '2031-09-01 22:29:59Z', '2031-09-01 22:30Z', 200, 'unchanged', 'sbd_betting_splits', 1);
SELECT curated.rebuild('2031-09-01');
SELECT results_eq($$SELECT side, detected_at, public_ticket_percent FROM curated.movement_analysis
                     WHERE game_id = (SELECT game_id FROM tap_game) AND movement_type = 'reverse_line_movement'$$,
  $$VALUES ('home'::text, timestamptz '2031-09-01 22:30Z', 70.00)$$,
  'an unchanged fetch after the moves shows the public still there: known at that fetch');
-- A source that states when its splits last changed (SBD's updated) restates the 18:00 split in a new body
-- fetched at 22:15 (another game's row changed): the fetch of that stored copy shows the public after the moves.
UPDATE staging.betting_splits SET raw_fetched_at = '2031-09-01 22:15Z', raw_id = 2
 WHERE game_id = (SELECT game_id FROM tap_game) AND observed_at = '2031-09-01 18:00Z';
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT detected_at FROM curated.movement_analysis WHERE game_id = (SELECT game_id FROM tap_game)
            AND movement_type = 'reverse_line_movement'), '2031-09-01 22:15Z'::timestamptz,
  'the fetch of a new body restating the split shows the public after the moves: known then');
-- Only after (the 18:00 split moved to 21:30, after the first two moves): the public was not seen before them.
UPDATE staging.betting_splits SET observed_at = '2031-09-01 21:30Z' WHERE game_id = (SELECT game_id FROM tap_game);
INSERT INTO staging.betting_splits (game_id, source, sportsbook_id, market, side, bets_percent, money_percent, observed_at,
                                   quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT (SELECT game_id FROM tap_game), 'sbd', NULL, 'moneyline', s.side, s.bets, s.money, '2031-09-01 22:00Z', 1,
       'sbd_betting_splits', 1, '2031-09-01 22:00Z', (SELECT max(id) FROM pipeline.runs)
  FROM (VALUES ('away', 70, 40), ('home', 30, 60)) AS s(side, bets, money);
SELECT curated.rebuild('2031-09-01');
SELECT is((SELECT count(*)::int FROM curated.movement_analysis WHERE game_id = (SELECT game_id FROM tap_game)
            AND movement_type = 'reverse_line_movement'), 0,
  'the public seen only after the moves (two of three books moved before it was seen): no reverse line movement');
SELECT * FROM finish();
ROLLBACK;
