-- Verify mlb:pipeline/source_health
BEGIN;
SELECT source, freshness_status FROM pipeline.source_health WHERE false;
ROLLBACK;
