-- Verify mlb:pipeline/collection_failures
BEGIN;
SELECT 1 FROM pipeline.collection_failures WHERE false;
ROLLBACK;
