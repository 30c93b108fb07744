-- Revert mlb:staging/promote_taken (reworked after v0.3.0): a lock wait given up is isolated row by row again
\ir ../../deploy/staging/promote_taken@v0.3.0.sql
