-- Deploy mlb:pipeline/lineage
-- The chain behind a game.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.lineage(p_game_id bigint)
RETURNS TABLE (zone text, object text, row_key text, source text, raw_table text, raw_id bigint,
               collection_log_id bigint, fetched_at timestamptz, pipeline_run_id bigint)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pipeline
AS $$
  WITH staged AS (
    SELECT 'staging'::text AS zone, 'staging.games' AS object, g.game_id::text AS row_key, g.status_source AS source,
           g.raw_table, g.raw_id, g.pipeline_run_id FROM staging.games g WHERE g.game_id = p_game_id
    UNION ALL
    SELECT 'staging', 'staging.game_source_ids', m.source || ':' || m.source_game_id, m.source, m.raw_table, m.raw_id, m.pipeline_run_id
      FROM staging.game_source_ids m WHERE m.game_id = p_game_id
    UNION ALL
    SELECT 'staging', 'staging.betting_lines', 'raw rows of ' || count(*) || ' observations', min(l.source), l.raw_table, l.raw_id, max(l.pipeline_run_id)
      FROM staging.betting_lines l WHERE l.game_id = p_game_id GROUP BY l.raw_table, l.raw_id
    UNION ALL
    SELECT 'staging', 'staging.betting_splits', 'raw rows of ' || count(*) || ' splits', min(s.source), s.raw_table, s.raw_id, max(s.pipeline_run_id)
      FROM staging.betting_splits s WHERE s.game_id = p_game_id GROUP BY s.raw_table, s.raw_id
  )
  SELECT 'curated', 'curated.enhanced_games', e.game_id::text, NULL::text, e.raw_table, e.raw_id, NULL::bigint, NULL::timestamptz, e.pipeline_run_id
    FROM curated.enhanced_games e WHERE e.game_id = p_game_id
  UNION ALL
  SELECT 'curated', 'curated.strategy_results', r.strategy_key || ':' || r.market || ':' || r.side, NULL, NULL, NULL::bigint, NULL, NULL, r.pipeline_run_id
    FROM curated.strategy_results r WHERE r.game_id = p_game_id
  UNION ALL
  SELECT s.zone, s.object, s.row_key, s.source, s.raw_table, s.raw_id, p.collection_log_id, p.fetched_at, s.pipeline_run_id
    FROM staged s
    LEFT JOIN LATERAL raw_data.payload_origin(s.raw_table, s.raw_id) p ON true
  ORDER BY 1, 2, 3
$$;
COMMENT ON FUNCTION pipeline.lineage(bigint) IS 'The chain behind a game''s curated rows: the curated rows and their runs, the staging rows, and the raw rows and collection attempts they came from (SELECT * FROM pipeline.lineage(42)).';
GRANT EXECUTE ON FUNCTION pipeline.lineage(bigint) TO mlb_analyst;

COMMIT;
