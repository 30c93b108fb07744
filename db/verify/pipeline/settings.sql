-- Verify mlb:pipeline/settings
BEGIN;
SELECT 1 FROM pipeline.settings WHERE false;
SELECT 1/count(*) FROM pipeline.settings WHERE key = 'signals.steam_min_books' AND value_type = 'integer' AND min_value = 2;
ROLLBACK;
