-- pgTAP: the contract of change pipeline/dirty_dates (dates staging changed): a mark per date, game
-- and marking transaction, so concurrent promotions never wait for one another's marks
-- (agent/tests/test_parallel.py shows it with two sessions), and a drain rebuilds the marked games.
BEGIN;
SELECT plan(9);

SELECT has_table('pipeline', 'dirty_dates', 'pipeline.dirty_dates exists');
SELECT columns_are('pipeline', 'dirty_dates', ARRAY['game_date', 'marked_at', 'marked_by', 'game_id'], 'pipeline.dirty_dates has exactly its documented columns');
SELECT table_owner_is('pipeline', 'dirty_dates', 'mlb_owner', 'pipeline.dirty_dates is owned by mlb_owner');
SELECT is((SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'dirty_dates_mark' AND conrelid = 'pipeline.dirty_dates'::regclass),
          'UNIQUE NULLS NOT DISTINCT (game_date, game_id, marked_by)', 'one mark per date, game (or none: the whole date) and marking transaction');

INSERT INTO pipeline.dirty_dates (game_date) VALUES ('2001-02-03');
SELECT is((SELECT marked_by FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), pg_current_xact_id(),
          'a mark belongs to the transaction that made it');
SELECT throws_ok($$INSERT INTO pipeline.dirty_dates (game_date) VALUES ('2001-02-03')$$, '23505', NULL,
          'a second mark of the whole date by the same transaction is refused (NULL games are not distinct)');
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, home_team, away_team, status, status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
SELECT '2001-02-03', 'NYY', 'BOS', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', -1, max(id) FROM pipeline.runs;
SELECT results_eq($$SELECT game_id FROM pipeline.dirty_dates WHERE game_date = '2001-02-03' AND game_id IS NOT NULL$$,
          $$SELECT game_id FROM staging.games WHERE game_date = '2001-02-03'$$, 'a new game marks its date with its game');
UPDATE staging.games SET status = 'live' WHERE game_date = '2001-02-03';
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), 2,
          'marking the game again in the same transaction adds nothing');
-- Another transaction's mark of the same date (as a concurrent promotion would make it) is a row of its own.
INSERT INTO pipeline.dirty_dates (game_date, marked_by) VALUES ('2001-02-03', '1'::xid8);
SELECT is((SELECT count(DISTINCT game_date)::int || '/' || count(*) FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), '1/3',
          'another transaction''s mark of the date is another row of one date');

SELECT * FROM finish();
ROLLBACK;
