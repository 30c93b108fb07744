-- Deploy mlb:pipeline/settings (reworked after v0.2.1)
-- Each setting has a type and a range, so a bad value ("four", 0 books) is refused
-- whoever sets it (pipeline.check_setting_value), not found by a failing job later.
BEGIN;
SET LOCAL ROLE mlb_owner;

ALTER TABLE pipeline.settings
  ADD COLUMN value_type text NOT NULL DEFAULT 'number' CHECK (value_type IN ('boolean', 'integer', 'number')),
  ADD COLUMN min_value numeric,
  ADD COLUMN max_value numeric;
COMMENT ON COLUMN pipeline.settings.value_type IS 'boolean, integer or number: what the value must be.';
COMMENT ON COLUMN pipeline.settings.min_value IS 'Smallest value allowed (numbers), NULL for none.';
COMMENT ON COLUMN pipeline.settings.max_value IS 'Largest value allowed (numbers), NULL for none.';

UPDATE pipeline.settings s SET value_type = t.value_type, min_value = t.min_value, max_value = t.max_value
  FROM (VALUES
    ('pipeline.staging_enabled', 'boolean', NULL::numeric, NULL::numeric),
    ('pipeline.curated_enabled', 'boolean', NULL, NULL),
    ('pipeline.auto_promotion', 'boolean', NULL, NULL),
    ('pipeline.batch_size', 'integer', 1, 1000000),
    ('pipeline.backlog_alert_minutes', 'integer', 1, 10080),
    ('validation.max_american_odds', 'integer', 100, 1000000),
    ('validation.min_total', 'number', 0, 50),
    ('validation.max_total', 'number', 1, 100),
    ('validation.split_sum_tolerance', 'number', 0, 100),
    ('validation.future_tolerance_minutes', 'integer', 0, 1440),
    ('validation.max_days_ahead', 'integer', 1, 3660),
    ('matching.max_start_difference_minutes', 'integer', 1, 1440),
    ('signals.sharp_tier1_points', 'number', 0, 100),
    ('signals.sharp_tier2_points', 'number', 0, 100),
    ('signals.sharp_tier3_points', 'number', 0, 100),
    ('signals.steam_min_books', 'integer', 2, 100),
    ('signals.steam_min_probability_move', 'number', 0.0001, 1),
    ('signals.steam_window_minutes', 'integer', 1, 1440),
    ('signals.rlm_min_ticket_percent', 'number', 50, 100),
    ('signals.rlm_min_probability_move', 'number', 0.0001, 1),
    ('signals.rlm_min_books', 'integer', 1, 100),
    ('signals.feature_cutoff_minutes', 'integer', 0, 1440),
    ('housekeeping.keep_days', 'integer', 1, 3650)
  ) AS t(key, value_type, min_value, max_value)
 WHERE s.key = t.key;

COMMIT;
