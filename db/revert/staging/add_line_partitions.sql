-- Revert mlb:staging/add_line_partitions (reworked after v0.3.0): back to CREATE TABLE ... PARTITION OF.
-- The released file inserts its lock's row without ON CONFLICT, so the row goes first, in the same
-- transaction (the released file's own BEGIN only warns; its COMMIT ends both).
BEGIN;
DELETE FROM pipeline.locks WHERE name = 'staging.line_partitions';
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/staging/add_line_partitions@v0.3.0.sql
