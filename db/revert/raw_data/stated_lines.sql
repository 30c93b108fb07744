-- Revert mlb:raw_data/stated_lines (reworked after v0.3.0): the released definition, planned as 1,000 rows.
\ir ../../deploy/raw_data/stated_lines@v0.3.0.sql
