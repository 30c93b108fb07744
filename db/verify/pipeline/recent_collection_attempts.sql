-- Verify mlb:pipeline/recent_collection_attempts
BEGIN;
SELECT 1 FROM pipeline.recent_collection_attempts WHERE false;
ROLLBACK;
