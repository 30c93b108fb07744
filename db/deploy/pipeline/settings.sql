-- Deploy mlb:pipeline/settings
-- Settings table: zone switches and thresholds.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.settings (
  key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
  value jsonb NOT NULL,
  default_value jsonb NOT NULL,
  description text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  value_type text NOT NULL DEFAULT 'number' CHECK (value_type IN ('boolean', 'integer', 'number')),
  min_value numeric,
  max_value numeric
);
COMMENT ON TABLE pipeline.settings IS 'Zone switches and every analysis threshold, each with its default and meaning. Change with UPDATE pipeline.settings SET value = ... WHERE key = ...';
COMMENT ON COLUMN pipeline.settings.key IS 'Setting name, dotted by area (pipeline., validation., signals.).';
COMMENT ON COLUMN pipeline.settings.value IS 'Current value as JSON (number, boolean or string).';
COMMENT ON COLUMN pipeline.settings.default_value IS 'The shipped default, for reference and reset.';
COMMENT ON COLUMN pipeline.settings.description IS 'What the setting does and its unit.';
COMMENT ON COLUMN pipeline.settings.updated_at IS 'When the value was last changed.';
COMMENT ON COLUMN pipeline.settings.value_type IS 'boolean, integer or number: what the value must be.';
COMMENT ON COLUMN pipeline.settings.min_value IS 'Smallest value allowed (numbers), NULL for none.';
COMMENT ON COLUMN pipeline.settings.max_value IS 'Largest value allowed (numbers), NULL for none.';
GRANT SELECT ON pipeline.settings TO mlb_analyst;

-- The zone switches and thresholds; the settings of a feature (alerts, workers)
-- are added by that feature's change.
INSERT INTO pipeline.settings (key, value, default_value, description, value_type, min_value, max_value)
SELECT k, v, v, d, t, lo, hi FROM (VALUES
  ('pipeline.staging_enabled', 'true'::jsonb, 'Promote raw rows into staging at all (false: the queue fills, nothing is promoted).', 'boolean', NULL::numeric, NULL::numeric),
  ('pipeline.curated_enabled', 'true', 'Rebuild curated tables from staging.', 'boolean', NULL, NULL),
  ('pipeline.auto_promotion', 'true', 'Let the pg_cron jobs promote every minute (false: only manual calls).', 'boolean', NULL, NULL),
  ('pipeline.batch_size', '500', 'Raw rows one promotion run takes from the queue.', 'integer', 1, 1000000),
  ('pipeline.backlog_alert_minutes', '10',
   'pipeline.backlog raises an alert when the oldest waiting item of an enabled zone is older than this many minutes.', 'integer', 1, 10080),
  ('validation.max_american_odds', '10000', 'Largest absolute American price accepted (+10000 / -10000); beyond is rejected.', 'integer', 100, 1000000),
  ('validation.min_total', '3', 'Smallest plausible MLB game total (runs).', 'number', 0, 50),
  ('validation.max_total', '20', 'Largest plausible MLB game total (runs).', 'number', 1, 100),
  ('validation.split_sum_tolerance', '2', 'Percentages of both sides of a split may miss 100 by this many points before a warning.', 'number', 0, 100),
  ('validation.future_tolerance_minutes', '5', 'observed_at may be this far after the time of promotion (clock skew) before it is rejected.', 'integer', 0, 1440),
  ('validation.max_days_ahead', '366',
   'A game dated more than this many days after the payload stating it was fetched is quarantined as game_date_out_of_range.', 'integer', 1, 3660),
  ('matching.max_start_difference_minutes', '180', 'A source game matches a scheduled game of the same teams and New York date only within this start-time difference.', 'integer', 1, 1440),
  ('signals.sharp_tier1_points', '10', 'Money % minus bets % of at least this many points marks sharp action tier 1 (moderate).', 'number', 0, 100),
  ('signals.sharp_tier2_points', '20', 'Money % minus bets % of at least this many points marks sharp action tier 2 (strong).', 'number', 0, 100),
  ('signals.sharp_tier3_points', '30', 'Money % minus bets % of at least this many points marks sharp action tier 3 (very strong).', 'number', 0, 100),
  ('signals.steam_min_books', '3', 'A steam move needs at least this many bettable books moving the same side the same way.', 'integer', 2, 100),
  ('signals.steam_min_probability_move', '0.02', 'Each book''s move must shift the side''s implied probability by at least this much (0.02 = 2 points).', 'number', 0.0001, 1),
  ('signals.steam_window_minutes', '10', 'All moves of a steam move fall within this many minutes of the first mover.', 'integer', 1, 1440),
  ('signals.rlm_min_ticket_percent', '60', 'Reverse line movement needs at least this share of tickets on the public side.', 'number', 50, 100),
  ('signals.rlm_min_probability_move', '0.015', 'Reverse line movement needs a book''s price on the public side to lengthen by at least this much implied probability from its open.', 'number', 0.0001, 1),
  ('signals.rlm_min_books', '2', 'Reverse line movement needs at least this many bettable books to have moved against the public side.', 'integer', 1, 100),
  ('signals.feature_cutoff_minutes', '30', 'Features are computed from information known this many minutes before first pitch.', 'integer', 0, 1440),
  ('housekeeping.keep_days', '30', 'Days of cron.job_run_details and unreferenced pipeline runs kept by the daily housekeeping job.', 'integer', 1, 3650)
) AS s(k, v, d, t, lo, hi);

COMMIT;
