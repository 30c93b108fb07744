-- Deploy mlb:staging/reference_rows_queued
-- How many raw rows of the reference lane wait: everything that is not a
-- line history (staging.history_lane_queue) states games, books or splits the
-- histories hang on, and is promoted first.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.reference_rows_queued() RETURNS bigint
LANGUAGE sql STABLE
SET search_path = pg_catalog, staging, pipeline, raw_data
-- The lanes are defined once, by staging.history_lane_queue: the reference lane is the rest.
RETURN (SELECT count(*) FROM pipeline.promotion_queue q
                WHERE NOT EXISTS (SELECT 1 FROM staging.history_lane_queue() h
                                   WHERE h.raw_table = q.raw_table AND h.raw_id = q.raw_id));
COMMENT ON FUNCTION staging.reference_rows_queued() IS 'How many queued raw rows belong to the reference lane (book catalogues, schedules, scoreboards, split pages, season files: every table but the line histories of staging.history_lane_queue). Promotion workers wait while any do, so schedules come before histories; the promotion job takes just these.';

COMMIT;
