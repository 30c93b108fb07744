-- Revert mlb:sources/sbd from the rework: elements without their list or odds state nothing again.
\ir ../../deploy/sources/sbd@v0.2.3.sql
