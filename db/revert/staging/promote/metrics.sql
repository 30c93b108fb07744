-- Revert mlb:staging/promote/metrics (reworked after v0.3.0): no accounts, rejected counted by rows again
\ir ../../../deploy/staging/promote/metrics@v0.3.0.sql
