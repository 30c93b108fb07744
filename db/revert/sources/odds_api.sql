-- Revert mlb:sources/odds_api from the rework: elements without their list state nothing again.
\ir ../../deploy/sources/odds_api@v0.2.3.sql
