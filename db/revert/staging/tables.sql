-- Revert mlb:staging/tables
BEGIN;

DROP TABLE staging.data_quality_metrics;
DROP TABLE staging.validation_results;
DROP TABLE staging.betting_splits;
DROP TABLE staging.betting_lines;
DROP TABLE staging.game_source_ids;
DROP TABLE staging.games;

COMMIT;
