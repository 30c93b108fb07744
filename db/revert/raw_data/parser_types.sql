-- Revert mlb:raw_data/parser_types (rework after v0.2.1)
BEGIN;
SET LOCAL ROLE mlb_owner;
ALTER TYPE raw_data.stated_book
  DROP ATTRIBUTE fetched_at, DROP ATTRIBUTE is_legal, DROP ATTRIBUTE states, DROP ATTRIBUTE brand_id, DROP ATTRIBUTE brand_name;
-- The one parser returning it, back to the old shape (sources/action_network is earlier in the plan).
CREATE OR REPLACE FUNCTION raw_data.action_network_books(p raw_data.payload) RETURNS SETOF raw_data.stated_book
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT p.raw_table, p.raw_id, bk->>'id', coalesce(bk->>'display_name', bk->>'name')
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'books')) bk
   WHERE bk->>'id' IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.action_network_books(raw_data.payload) IS 'Entries of the Action Network book catalogue (/web/v1/books): id and display_name (else name).';

COMMENT ON TYPE raw_data.stated_book IS 'An entry of a source''s book catalogue: the source''s book id and the name it gives it.';
COMMIT;
