-- Revert mlb:staging/promote_scheduled (reworked after v0.3.0): back to unbounded lock waits
\ir ../../deploy/staging/promote_scheduled@v0.3.0.sql
