-- Revert mlb:raw_data/source_health (reworked after v0.3.0): back to the outcomes listed in the view
\ir ../../deploy/raw_data/source_health@v0.3.0.sql
