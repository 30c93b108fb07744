-- Deploy mlb:pipeline/promotion_partitions
-- The partitions of the history lane, as rows a promotion worker locks to own
-- one (only the owner may lock them, like pipeline.locks).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.promotion_partitions (
  partition smallint PRIMARY KEY CHECK (partition BETWEEN 0 AND 7)
);
INSERT INTO pipeline.promotion_partitions SELECT generate_series(0, 7);
COMMENT ON TABLE pipeline.promotion_partitions IS 'The 8 partitions of the history lane (a line history payload belongs to partition hash(its game) mod 8, whatever the number of workers, so a change of pipeline.promotion_workers never moves a game between partitions). staging.promote_partition() locks a row for its transaction, so no two workers ever promote one partition (and so one game) at once.';
COMMENT ON COLUMN pipeline.promotion_partitions.partition IS 'Partition number, 0 to 7.';

COMMIT;
