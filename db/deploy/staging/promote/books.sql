-- Deploy mlb:staging/promote/books
-- Promotion step: book catalogues.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_books(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  DROP TABLE IF EXISTS batch_books;
  CREATE TEMP TABLE batch_books ON COMMIT DROP AS
  WITH catalogue AS (
    SELECT pt.source, b.*
      FROM (SELECT DISTINCT o.raw_table FROM ok_batch o) o
      JOIN raw_data.payload_tables pt ON pt.raw_table = o.raw_table AND pt.books_parser IS NOT NULL
     CROSS JOIN LATERAL raw_data.stated_books(o.raw_table, ARRAY(SELECT x.raw_id FROM ok_batch x WHERE x.raw_table = o.raw_table)) b
  ), newest AS (
    -- Every entry stays (promote_unread counts what each catalogue stated); only the newest per id applies.
    SELECT c.*, row_number() OVER (PARTITION BY c.source, c.book_key
                                   ORDER BY raw_copy(c.fetched_at, c.raw_table, c.raw_id) DESC) = 1 AS is_newest
      FROM catalogue c
  )
  SELECT n.*, CASE WHEN n.brand_name IS NOT NULL THEN ab.sportsbook_id ELSE an.sportsbook_id END AS sportsbook_id,
         m.sportsbook_id AS old_sportsbook_id, m.outlet_name AS old_outlet_name, m.origin AS old_origin,
         m.source IS NOT NULL AS known,
         -- An older catalogue than the one a mapping came from changes nothing; reference rows are not a catalogue's.
         n.is_newest AND (m.source IS NULL OR (m.origin = 'catalogue' AND (m.raw_fetched_at IS NULL
                                                                 OR raw_copy(m.raw_fetched_at, m.raw_table, m.raw_id) <= raw_copy(n.fetched_at, n.raw_table, n.raw_id)))) AS applies
    FROM newest n
    LEFT JOIN sportsbook_name_aliases ab ON ab.alias_normalized = normalize_name(n.brand_name)
    LEFT JOIN sportsbook_name_aliases an ON an.alias_normalized = normalize_name(n.book_name)
    LEFT JOIN sportsbook_source_ids m ON m.source = n.source AND m.source_book_key = n.book_key;

  INSERT INTO sportsbook_source_id_changes (source, source_book_key, old_sportsbook_id, new_sportsbook_id, old_outlet_name,
                                            new_outlet_name, raw_table, raw_id, pipeline_run_id)
  SELECT b.source, b.book_key, b.old_sportsbook_id, b.sportsbook_id, b.old_outlet_name, b.book_name, b.raw_table, b.raw_id, p_run_id
    FROM batch_books b
   WHERE b.applies AND ((b.known AND (b.old_sportsbook_id IS DISTINCT FROM b.sportsbook_id OR b.old_outlet_name IS DISTINCT FROM b.book_name))
      OR (NOT b.known AND b.sportsbook_id IS NOT NULL))
  ON CONFLICT DO NOTHING;

  DELETE FROM sportsbook_source_ids m USING batch_books b
   WHERE m.source = b.source AND m.source_book_key = b.book_key AND b.applies AND b.known AND b.sportsbook_id IS NULL;
  INSERT INTO sportsbook_source_ids (source, source_book_key, sportsbook_id, origin, raw_table, raw_id, outlet_name, brand_name,
                                     states, is_legal, raw_fetched_at)
  SELECT b.source, b.book_key, b.sportsbook_id, 'catalogue', b.raw_table, b.raw_id, b.book_name, b.brand_name, b.states,
         b.is_legal, b.fetched_at
    FROM batch_books b WHERE b.applies AND b.sportsbook_id IS NOT NULL
  ON CONFLICT (source, source_book_key) DO UPDATE
    SET sportsbook_id = excluded.sportsbook_id, raw_table = excluded.raw_table, raw_id = excluded.raw_id,
        outlet_name = excluded.outlet_name, brand_name = excluded.brand_name, states = excluded.states,
        is_legal = excluded.is_legal, raw_fetched_at = excluded.raw_fetched_at;

  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
  SELECT p_run_id, 'unknown_book_brand', 'warn', 'book', b.source, b.raw_table, b.raw_id, 'book:' || b.book_key,
         jsonb_strip_nulls(jsonb_build_object('id', b.book_key, 'name', b.book_name, 'brand', b.brand_name,
                                              'brand_id', b.brand_id, 'was', b.old_sportsbook_id))
    FROM batch_books b WHERE b.applies AND b.sportsbook_id IS NULL
  ON CONFLICT DO NOTHING;
END
$$;
COMMENT ON FUNCTION staging.promote_books(bigint) IS 'Promotion step 2: book catalogues in the batch (raw_data.stated_books), the newest catalogue (fetch time, then raw table, then raw row) being the authority for its ids: each id mapped to the brand its entry names (parent_name; the display name only when no brand is stated) exactly through staging.sportsbook_name_aliases, with outlet name, states and legality. Changes of meaning are recorded in staging.sportsbook_source_id_changes; an entry whose brand nobody maps unmaps the id and is warned unknown_book_brand. An older catalogue changes nothing. Leaves every stated entry in the temp table batch_books.';

COMMIT;
