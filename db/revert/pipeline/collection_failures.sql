-- Revert mlb:pipeline/collection_failures (reworked after v0.3.0): back to the outcomes listed in the view
\ir ../../deploy/pipeline/collection_failures@v0.3.0.sql
