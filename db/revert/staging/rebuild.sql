-- Revert mlb:staging/rebuild from the rework: no check for raw rows that are not there.
\ir ../../deploy/staging/rebuild@v0.2.3.sql
