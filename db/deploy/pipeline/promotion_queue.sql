-- Deploy mlb:pipeline/promotion_queue
-- Raw rows waiting for promotion.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.promotion_queue (
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  queued_at timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (raw_table, raw_id)
);
COMMENT ON TABLE pipeline.promotion_queue IS 'Raw rows waiting for promotion to staging. Filled by statement triggers on the raw tables; drained by staging.promote().';
COMMENT ON COLUMN pipeline.promotion_queue.raw_table IS 'raw_data table of the waiting row.';
COMMENT ON COLUMN pipeline.promotion_queue.raw_id IS 'id of the waiting raw row.';
COMMENT ON COLUMN pipeline.promotion_queue.queued_at IS 'When it was queued.';

COMMIT;
