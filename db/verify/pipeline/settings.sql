-- Verify mlb:pipeline/settings (reworked after v0.2.1): each setting has a type and a range.
BEGIN;
SELECT 1/count(*) FROM pipeline.settings WHERE key = 'signals.steam_min_books' AND value_type = 'integer' AND min_value = 2;
ROLLBACK;
