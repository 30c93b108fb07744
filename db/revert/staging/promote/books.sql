-- Revert mlb:staging/promote/books (rework after v0.2.1): restores the previous version
-- Promotion step: book catalogues.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_books(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  WITH catalogue AS (
    SELECT pt.source, b.raw_table, b.raw_id, b.book_key, b.book_name
      FROM (SELECT DISTINCT o.raw_table FROM ok_batch o) o
      JOIN raw_data.payload_tables pt ON pt.raw_table = o.raw_table AND pt.books_parser IS NOT NULL
     CROSS JOIN LATERAL raw_data.stated_books(o.raw_table, ARRAY(SELECT x.raw_id FROM ok_batch x WHERE x.raw_table = o.raw_table)) b
  ), mapped AS (
    SELECT c.*, a.sportsbook_id FROM catalogue c
      LEFT JOIN sportsbook_name_aliases a ON a.alias_normalized = normalize_name(c.book_name)
  ), upserted AS (
    INSERT INTO sportsbook_source_ids (source, source_book_key, sportsbook_id, origin, raw_table, raw_id)
    SELECT DISTINCT ON (source, book_key) source, book_key, sportsbook_id, 'catalogue', raw_table, raw_id
      FROM mapped WHERE sportsbook_id IS NOT NULL ORDER BY source, book_key, raw_id DESC
    ON CONFLICT (source, source_book_key) DO UPDATE
      SET sportsbook_id = excluded.sportsbook_id, raw_table = excluded.raw_table, raw_id = excluded.raw_id
      WHERE sportsbook_source_ids.origin = 'catalogue' AND sportsbook_source_ids.sportsbook_id <> excluded.sportsbook_id
    RETURNING 1
  )
  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
  SELECT p_run_id, 'unknown_book_name', 'warn', 'book', source, raw_table, raw_id, 'book:' || book_key,
         jsonb_build_object('id', book_key, 'name', book_name, 'upserted', (SELECT count(*) FROM upserted))
    FROM mapped WHERE sportsbook_id IS NULL
  ON CONFLICT DO NOTHING;
END
$$;
COMMENT ON FUNCTION staging.promote_books(bigint) IS 'Promotion step 2: book catalogues in the batch (raw_data.stated_books): each source book id mapped to a sportsbook by exact name through staging.sportsbook_name_aliases; a catalogue entry whose name matches no sportsbook is noted as unknown_book_name.';

COMMIT;
