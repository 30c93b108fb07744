-- Deploy mlb:pipeline/signal_alerts
-- Every signal ever found, once: the alert log. It lives in pipeline, not
-- curated, because curated is re-derived (a rebuild deletes and re-inserts
-- signals) while what was announced stays announced.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE TABLE pipeline.signal_alerts (
  alert_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_id bigint NOT NULL,
  market text NOT NULL,
  side text NOT NULL,
  signal text NOT NULL,
  known_at timestamptz NOT NULL,
  strength numeric,
  payload jsonb NOT NULL,
  found_at timestamptz NOT NULL DEFAULT now(),
  announced boolean NOT NULL,
  not_announced_reason text,
  pipeline_run_id bigint,
  CONSTRAINT signal_alerts_once UNIQUE (game_id, market, side, signal),
  CHECK (announced = (not_announced_reason IS NULL))
);
CREATE INDEX signal_alerts_found_idx ON pipeline.signal_alerts (found_at);
COMMENT ON TABLE pipeline.signal_alerts IS 'One row per signal (game, market, side, signal) the first time curated found it: what was announced with NOTIFY mlb_signal_alerts (announced) or why not. A rebuild re-finding the signal adds nothing, so an alert goes out once.';
COMMENT ON COLUMN pipeline.signal_alerts.alert_id IS 'Alert id (the payload''s alert_id).';
COMMENT ON COLUMN pipeline.signal_alerts.game_id IS 'The game (staging.games).';
COMMENT ON COLUMN pipeline.signal_alerts.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN pipeline.signal_alerts.side IS 'The side the signal points to.';
COMMENT ON COLUMN pipeline.signal_alerts.signal IS 'steam, reverse_line_movement, sharp_action or book_disagreement.';
COMMENT ON COLUMN pipeline.signal_alerts.known_at IS 'When the signal became known (curated.betting_analysis.known_at when first found).';
COMMENT ON COLUMN pipeline.signal_alerts.strength IS 'The signal''s strength when first found.';
COMMENT ON COLUMN pipeline.signal_alerts.payload IS 'The JSON announced, without alert_id (pipeline.alert_payload): game, clubs, market, side, books with prices before and after, known_at; {} when not announced.';
COMMENT ON COLUMN pipeline.signal_alerts.found_at IS 'When curated found it (the transaction that inserted the signal).';
COMMENT ON COLUMN pipeline.signal_alerts.announced IS 'True when NOTIFY mlb_signal_alerts carried it.';
COMMENT ON COLUMN pipeline.signal_alerts.not_announced_reason IS 'Why it was not announced: alerts disabled, or found more than alerts.max_age_minutes after known_at (history).';
COMMENT ON COLUMN pipeline.signal_alerts.pipeline_run_id IS 'Curated run that found it.';
GRANT SELECT ON pipeline.signal_alerts TO mlb_analyst, mlb_alerts;

COMMIT;
