-- Revert mlb:staging/promote/isolating (reworked after v0.3.0): a lock wait given up is quarantined again
\ir ../../../deploy/staging/promote/isolating@v0.3.0.sql
