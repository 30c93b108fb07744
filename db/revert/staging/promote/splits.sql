-- Revert mlb:staging/promote/splits (reworked after v0.3.0): splits stored without an account of each element
\ir ../../../deploy/staging/promote/splits@v0.3.0.sql
