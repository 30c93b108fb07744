-- Revert mlb:pipeline/curated_partitions
BEGIN;
SET LOCAL ROLE mlb_owner;
UPDATE pipeline.locks SET description = 'curated.rebuild_dates(): one curated rebuild at a time.' WHERE name = 'curated.rebuild';
UPDATE pipeline.locks SET description = 'curated.drain_dirty_dates() (waits) and curated.refresh_dirty_dates() (tries): one drain of the dirty dates at a time.'
 WHERE name = 'curated.refresh';
DROP TABLE pipeline.curated_partitions;
COMMIT;
