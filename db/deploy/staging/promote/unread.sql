-- Deploy mlb:staging/promote/unread
-- Promotion step: no silent zero. A payload whose container holds elements but
-- from which no parser stated anything (no game, price, split or book entry,
-- so not even a rejected one, nor one a newer payload in the batch restates) is quarantined as payload_unread, saying how many
-- elements it held: a shape the parsers do not know is never a success.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_unread(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, details)
  SELECT p_run_id, 'payload_unread', 'reject', 'payload', pt.source, o.raw_table, o.raw_id, 'payload',
         jsonb_build_object('elements', o.elements, 'container', coalesce(pt.rows_key, 'the payload itself'),
                            'parsers', concat_ws(', ', pt.games_parser::text, pt.lines_parser::text, pt.splits_parser::text,
                                                 pt.books_parser::text))
    FROM ok_batch o
    JOIN raw_data.payload_tables pt ON pt.raw_table = o.raw_table
   WHERE o.elements > 0
     AND NOT EXISTS (SELECT 1 FROM batch_stated_games x WHERE x.raw_table = o.raw_table AND x.raw_id = o.raw_id)
     AND NOT EXISTS (SELECT 1 FROM batch_line_counts x WHERE x.raw_table = o.raw_table AND x.raw_id = o.raw_id)
     AND NOT EXISTS (SELECT 1 FROM batch_splits x WHERE x.raw_table = o.raw_table AND x.raw_id = o.raw_id)
     AND NOT EXISTS (SELECT 1 FROM batch_books x WHERE x.raw_table = o.raw_table AND x.raw_id = o.raw_id)
  ON CONFLICT DO NOTHING;
END
$$;
COMMENT ON FUNCTION staging.promote_unread(bigint) IS 'Promotion step 10: a raw row of the batch (temp table ok_batch) whose container holds elements but from which the parsers stated nothing at all (temp tables batch_stated_games, batch_line_counts, batch_splits, batch_books) is quarantined as payload_unread, with the number of elements, the container and the parsers tried.';

COMMIT;
