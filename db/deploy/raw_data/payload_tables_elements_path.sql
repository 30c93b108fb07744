-- Deploy mlb:raw_data/payload_tables_elements_path
-- A raw table may say where its data elements are when its container's entries are not
-- them: a VSIN page's container is its tables, and a page of an empty board (every game
-- started) still has its table, header and no game row. Counted as one element, it was
-- quarantined as payload_unread every fetch of every view until the next day's board.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE raw_data.payload_tables ADD COLUMN elements_path jsonpath;
COMMENT ON COLUMN raw_data.payload_tables.elements_path IS 'Where the payload''s data elements are, when its container''s entries are not them: a jsonpath (lax) whose items are counted as the elements of a raw row (ok_batch.elements, staging.promote_payloads), so a payload whose data holds no element is empty, not payload_unread. VSIN: every table''s rows after its header row. NULL: the container''s entries (rows_key) are the elements.';

COMMIT;
