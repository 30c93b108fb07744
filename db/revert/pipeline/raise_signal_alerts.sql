-- Revert mlb:pipeline/raise_signal_alerts (reworked after v0.3.0): back to the alert in the notification.
-- The released file creates its trigger with a bare CREATE TRIGGER, so the trigger goes first, in the
-- same transaction (the released file's own BEGIN only warns; its COMMIT ends both).
BEGIN;
DROP TRIGGER raise_signal_alerts ON curated.betting_analysis;
SET LOCAL client_min_messages = error;  -- the released file's own BEGIN only warns
\ir ../../deploy/pipeline/raise_signal_alerts@v0.3.0.sql
