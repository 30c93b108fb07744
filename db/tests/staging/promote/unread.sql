-- pgTAP: the contract of change staging/promote/unread (promotion step: no silent zero), and its rule:
-- a payload whose container holds elements and from which nothing was stated is payload_unread.
BEGIN;
SELECT plan(3);

INSERT INTO pipeline.runs (zone, kind) VALUES ('staging', 'promote');
CREATE TEMP TABLE ok_batch (raw_table text, raw_id bigint, fetched_at timestamptz, elements int);
CREATE TEMP TABLE batch_stated_games (raw_table text, raw_id bigint);
CREATE TEMP TABLE batch_line_counts (raw_table text, raw_id bigint);
CREATE TEMP TABLE batch_splits (raw_table text, raw_id bigint);
CREATE TEMP TABLE batch_books (raw_table text, raw_id bigint);
-- -101: three elements, nothing stated; -102: three elements, one line stated (even a rejected one counts); -103: empty.
INSERT INTO ok_batch VALUES ('sbd_betting_splits', -101, now(), 3), ('sbd_betting_splits', -102, now(), 3),
                            ('sbd_betting_splits', -103, now(), 0);
INSERT INTO batch_line_counts VALUES ('sbd_betting_splits', -102);
SELECT staging.promote_unread((SELECT max(id) FROM pipeline.runs));

SELECT is((SELECT details->>'elements' FROM staging.validation_results WHERE rule = 'payload_unread' AND raw_id = -101),
          '3', 'a payload with three elements and nothing stated is payload_unread, with the count');
SELECT ok(NOT EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'payload_unread' AND raw_id = -102),
          'a payload that stated something is not');
SELECT ok(NOT EXISTS (SELECT 1 FROM staging.validation_results WHERE rule = 'payload_unread' AND raw_id = -103),
          'an empty payload is not: it held nothing');

SELECT * FROM finish();
ROLLBACK;
