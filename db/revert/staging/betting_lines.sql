-- Revert mlb:staging/betting_lines (reworked after v0.3.0): back to decimal price from the American price
\ir ../../deploy/staging/betting_lines@v0.3.0.sql
