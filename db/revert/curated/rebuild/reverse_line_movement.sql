-- Revert mlb:curated/rebuild/reverse_line_movement (reworked after v0.3.0): the latest splits alone again
\ir ../../../deploy/curated/rebuild/reverse_line_movement@v0.3.0.sql
