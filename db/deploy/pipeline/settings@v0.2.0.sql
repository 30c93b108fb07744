-- Deploy mlb:pipeline/settings
-- Settings table: zone switches and thresholds.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.settings (
  key text PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
  value jsonb NOT NULL,
  default_value jsonb NOT NULL,
  description text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE pipeline.settings IS 'Zone switches and every analysis threshold, each with its default and meaning. Change with UPDATE pipeline.settings SET value = ... WHERE key = ...';
COMMENT ON COLUMN pipeline.settings.key IS 'Setting name, dotted by area (pipeline., validation., signals.).';
COMMENT ON COLUMN pipeline.settings.value IS 'Current value as JSON (number, boolean or string).';
COMMENT ON COLUMN pipeline.settings.default_value IS 'The shipped default, for reference and reset.';
COMMENT ON COLUMN pipeline.settings.description IS 'What the setting does and its unit.';
COMMENT ON COLUMN pipeline.settings.updated_at IS 'When the value was last changed.';

INSERT INTO pipeline.settings (key, value, default_value, description)
SELECT k, v, v, d FROM (VALUES
  ('pipeline.staging_enabled', 'true'::jsonb, 'Promote raw rows into staging at all (false: the queue fills, nothing is promoted).'),
  ('pipeline.curated_enabled', 'true', 'Rebuild curated tables from staging.'),
  ('pipeline.auto_promotion', 'true', 'Let the pg_cron jobs promote every minute (false: only manual calls).'),
  ('pipeline.batch_size', '500', 'Raw rows one promotion run takes from the queue.'),
  ('validation.max_american_odds', '10000', 'Largest absolute American price accepted (+10000 / -10000); beyond is rejected.'),
  ('validation.min_total', '3', 'Smallest plausible MLB game total (runs).'),
  ('validation.max_total', '20', 'Largest plausible MLB game total (runs).'),
  ('validation.split_sum_tolerance', '2', 'Percentages of both sides of a split may miss 100 by this many points before a warning.'),
  ('validation.future_tolerance_minutes', '5', 'observed_at may be this far after the time of promotion (clock skew) before it is rejected.'),
  ('matching.max_start_difference_minutes', '180', 'A source game matches a scheduled game of the same teams and New York date only within this start-time difference.'),
  ('signals.sharp_tier1_points', '10', 'Money % minus bets % of at least this many points marks sharp action tier 1 (moderate).'),
  ('signals.sharp_tier2_points', '20', 'Money % minus bets % of at least this many points marks sharp action tier 2 (strong).'),
  ('signals.sharp_tier3_points', '30', 'Money % minus bets % of at least this many points marks sharp action tier 3 (very strong).')
) AS s(k, v, d);
GRANT SELECT ON pipeline.settings TO mlb_analyst;

INSERT INTO pipeline.settings (key, value, default_value, description)
SELECT k, v, v, d FROM (VALUES
  ('signals.steam_min_books', '3'::jsonb, 'A steam move needs at least this many bettable books moving the same side the same way.'),
  ('signals.steam_min_probability_move', '0.02', 'Each book''s move must shift the side''s implied probability by at least this much (0.02 = 2 points).'),
  ('signals.steam_window_minutes', '10', 'All moves of a steam move fall within this many minutes of the first mover.'),
  ('signals.rlm_min_ticket_percent', '60', 'Reverse line movement needs at least this share of tickets on the public side.'),
  ('signals.rlm_min_probability_move', '0.015', 'Reverse line movement needs a book''s price on the public side to lengthen by at least this much implied probability from its open.'),
  ('signals.rlm_min_books', '2', 'Reverse line movement needs at least this many bettable books to have moved against the public side.'),
  ('signals.feature_cutoff_minutes', '30', 'Features are computed from information known this many minutes before first pitch.')
) AS s(k, v, d);

INSERT INTO pipeline.settings (key, value, default_value, description) VALUES
  ('housekeeping.keep_days', '30', '30', 'Days of cron.job_run_details and unreferenced pipeline runs kept by the daily housekeeping job.');

COMMIT;
