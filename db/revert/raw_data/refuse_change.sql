-- Revert mlb:raw_data/refuse_change from the rework: the trigger names the table it fires on.
\ir ../../deploy/raw_data/refuse_change@v0.2.3.sql
