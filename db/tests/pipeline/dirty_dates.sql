-- pgTAP: the contract of change pipeline/dirty_dates (dates staging changed): a mark per date
-- and marking transaction, so concurrent promotions never wait for one another's marks
-- (agent/tests/test_parallel.py shows it with two sessions).
BEGIN;
SELECT plan(7);

SELECT has_table('pipeline', 'dirty_dates', 'pipeline.dirty_dates exists');
SELECT columns_are('pipeline', 'dirty_dates', ARRAY['game_date', 'marked_at', 'marked_by'], 'pipeline.dirty_dates has exactly its documented columns');
SELECT table_owner_is('pipeline', 'dirty_dates', 'mlb_owner', 'pipeline.dirty_dates is owned by mlb_owner');
SELECT col_is_pk('pipeline', 'dirty_dates', ARRAY['game_date', 'marked_by'], 'the key is the date and the marking transaction');

INSERT INTO pipeline.dirty_dates (game_date) VALUES ('2001-02-03');
SELECT is((SELECT marked_by FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), pg_current_xact_id(),
          'a mark belongs to the transaction that made it');
INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
INSERT INTO staging.games (game_date, home_team, away_team, status, status_source, status_fetched_at, quality_score, raw_table, raw_id, pipeline_run_id)
SELECT '2001-02-03', 'NYY', 'BOS', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', -1, max(id) FROM pipeline.runs;
SELECT is((SELECT count(*)::int FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), 1,
          'marking a date again in the same transaction adds nothing');
-- Another transaction's mark of the same date (as a concurrent promotion would make it) is a row of its own.
INSERT INTO pipeline.dirty_dates (game_date, marked_by) VALUES ('2001-02-03', '1'::xid8);
SELECT is((SELECT count(DISTINCT game_date)::int || '/' || count(*) FROM pipeline.dirty_dates WHERE game_date = '2001-02-03'), '1/2',
          'another transaction''s mark of the date is a second row of one date');

SELECT * FROM finish();
ROLLBACK;
