-- Revert mlb:staging/refresh_line_summaries (reworked after v0.3.0): summaries without the close's confirmation
\ir ../../deploy/staging/refresh_line_summaries@v0.3.0.sql
