-- Deploy mlb:pipeline/curated_summary
-- Curated row counts in one row.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.curated_summary AS
SELECT (SELECT count(*) FROM curated.enhanced_games) AS games,
       (SELECT count(*) FROM curated.betting_lines_enhanced) AS book_lines,
       (SELECT count(*) FROM curated.movement_analysis WHERE movement_type = 'steam') AS steam_moves,
       (SELECT count(*) FROM curated.movement_analysis WHERE movement_type = 'reverse_line_movement') AS reverse_line_moves,
       (SELECT count(*) FROM curated.strategy_results) AS graded_bets,
       (SELECT count(DISTINCT game_date) FROM pipeline.dirty_dates) AS dirty_dates;
COMMENT ON VIEW pipeline.curated_summary IS 'What curated holds now, in one row: games, per-book lines, steam and reverse line moves found, graded strategy bets, and dates waiting for a rebuild.';
COMMENT ON COLUMN pipeline.curated_summary.games IS 'Rows of curated.enhanced_games.';
COMMENT ON COLUMN pipeline.curated_summary.book_lines IS 'Rows of curated.betting_lines_enhanced.';
COMMENT ON COLUMN pipeline.curated_summary.steam_moves IS 'Steam moves in curated.movement_analysis.';
COMMENT ON COLUMN pipeline.curated_summary.reverse_line_moves IS 'Reverse line movements in curated.movement_analysis.';
COMMENT ON COLUMN pipeline.curated_summary.graded_bets IS 'Rows of curated.strategy_results.';
COMMENT ON COLUMN pipeline.curated_summary.dirty_dates IS 'Distinct dates in pipeline.dirty_dates.';
GRANT SELECT ON pipeline.curated_summary TO mlb_analyst;

COMMIT;
