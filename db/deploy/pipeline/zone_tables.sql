-- Deploy mlb:pipeline/zone_tables
-- Rows and newest entry of each staging and curated table.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.zone_tables AS
SELECT 'staging'::text AS zone, 'games'::text AS table_name, count(*) AS row_count, max(updated_at)::text AS newest FROM staging.games
UNION ALL SELECT 'staging', 'betting_lines', count(*), max(observed_at)::text FROM staging.betting_lines
UNION ALL SELECT 'staging', 'betting_splits', count(*), max(observed_at)::text FROM staging.betting_splits
UNION ALL SELECT 'staging', 'validation_results', count(*), max(created_at)::text FROM staging.validation_results
UNION ALL SELECT 'curated', 'enhanced_games', count(*), max(game_date)::text FROM curated.enhanced_games
UNION ALL SELECT 'curated', 'betting_lines_enhanced', count(*), NULL FROM curated.betting_lines_enhanced
UNION ALL SELECT 'curated', 'movement_analysis', count(*), max(detected_at)::text FROM curated.movement_analysis
UNION ALL SELECT 'curated', 'strategy_results', count(*), max(game_date)::text FROM curated.strategy_results
UNION ALL SELECT 'curated', 'feature_vectors', count(*), max(game_date)::text FROM curated.feature_vectors;
COMMENT ON VIEW pipeline.zone_tables IS 'The main staging and curated tables with their row counts and newest entry (staging: last write or observation; curated: latest game date or detection).';
COMMENT ON COLUMN pipeline.zone_tables.zone IS 'staging or curated.';
COMMENT ON COLUMN pipeline.zone_tables.table_name IS 'Table in that schema.';
COMMENT ON COLUMN pipeline.zone_tables.row_count IS 'Rows.';
COMMENT ON COLUMN pipeline.zone_tables.newest IS 'Newest entry as text: last update, observation or game date (NULL where the table has none).';
GRANT SELECT ON pipeline.zone_tables TO mlb_analyst;

COMMIT;
