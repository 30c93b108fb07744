-- Revert mlb:staging/promote/lines (reworked after v0.3.0): back to prices read by how they look
\ir ../../../deploy/staging/promote/lines@v0.3.0.sql
