-- Deploy mlb:pipeline/promotion_worker_settings
-- How many promotion workers split the line histories (issue 14): one per core
-- the database may use for promotion. 1 keeps the single lane of before.
BEGIN;
SET LOCAL ROLE mlb_owner;

INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
VALUES ('pipeline.promotion_workers', '1', '1',
        'Promotion workers: 1 promotes everything in one lane (staging.promote); N > 1 runs N workers (staging.promote_partition, one pg_cron job each) on the 8 partitions of the line histories (a hash of their game), after the reference lane (books, schedules, scoreboards, splits), and as many curated refresh jobs, which split the dirty dates by partition (curated.drain_dirty_dates). At most the cores PostgreSQL may use; 8 at most.',
        'integer', 1, 8);

COMMIT;
