-- Deploy mlb:pipeline/curated_partitions
-- Curated refresh workers (issue 14): the 8 partitions of the New York dates
-- (curated.date_partition), as rows a curated rebuild locks to own the dates of
-- one (only the owner may lock them, like pipeline.locks). Rebuilds of dates in
-- different partitions run at once; the curated.rebuild lock is taken in share
-- mode by them and alone by what rewrites every date (a strategy's backtest).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.curated_partitions (
  partition smallint PRIMARY KEY CHECK (partition BETWEEN 0 AND 7)
);
INSERT INTO pipeline.curated_partitions SELECT generate_series(0, 7);
COMMENT ON TABLE pipeline.curated_partitions IS 'The 8 partitions of the New York dates (curated.date_partition). curated.rebuild_dates() locks the rows of its dates'' partitions for its transaction, so no two rebuilds ever rewrite one date at once while rebuilds of other partitions run beside it; curated.drain_dirty_dates() takes free partitions (SKIP LOCKED), so refresh workers split the dirty dates.';
COMMENT ON COLUMN pipeline.curated_partitions.partition IS 'Partition number, 0 to 7.';

COMMIT;
