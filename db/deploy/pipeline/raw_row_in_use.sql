-- Deploy mlb:pipeline/raw_row_in_use
-- Whether staging still derives anything from a raw row.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION pipeline.raw_row_in_use(p_raw_table text, p_raw_id bigint) RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pipeline
RETURN EXISTS (SELECT 1 FROM staging.betting_lines x WHERE x.raw_table = p_raw_table AND x.raw_id = p_raw_id)
    OR EXISTS (SELECT 1 FROM staging.betting_splits x WHERE x.raw_table = p_raw_table AND x.raw_id = p_raw_id)
    OR EXISTS (SELECT 1 FROM staging.games x WHERE x.raw_table = p_raw_table AND x.raw_id = p_raw_id)
    OR EXISTS (SELECT 1 FROM staging.game_source_ids x WHERE x.raw_table = p_raw_table AND x.raw_id = p_raw_id)
    OR EXISTS (SELECT 1 FROM staging.sportsbook_source_ids x WHERE x.raw_table = p_raw_table AND x.raw_id = p_raw_id)
    OR EXISTS (SELECT 1 FROM staging.validation_results x WHERE x.raw_table = p_raw_table AND x.raw_id = p_raw_id);
COMMENT ON FUNCTION pipeline.raw_row_in_use(text, bigint) IS 'True when a staging row or a quarantine record (staging.validation_results) derives from this raw row: staging.rebuild() would need it to give the same tables, so retention keeps it.';

COMMIT;
