-- Revert mlb:staging/promote/payloads (reworked after v0.3.0): back to a request's price format is not carried
\ir ../../../deploy/staging/promote/payloads@v0.3.0.sql
