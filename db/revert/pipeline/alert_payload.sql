-- Revert mlb:pipeline/alert_payload (reworked after v0.3.0): clubs in today's codes again
\ir ../../deploy/pipeline/alert_payload@v0.3.0.sql
