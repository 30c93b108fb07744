-- Revert mlb:pipeline/housekeeping (reworked after v0.3.0): back to unbounded lock waits
\ir ../../deploy/pipeline/housekeeping@v0.3.0.sql
