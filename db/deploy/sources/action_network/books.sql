-- Deploy mlb:sources/action_network/books
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The book catalogue: every outlet as stated.
CREATE OR REPLACE FUNCTION raw_data.action_network_books(p raw_data.payload) RETURNS SETOF raw_data.stated_book
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT p.raw_table, p.raw_id, bk->>'id', coalesce(bk->>'display_name', bk->>'name'),
         nullif(btrim(bk->>'parent_name'), ''), bk->>'book_parent_id',
         CASE WHEN jsonb_typeof(bk->'meta'->'states') = 'array'
              THEN ARRAY(SELECT jsonb_array_elements_text(bk->'meta'->'states')) END,
         CASE WHEN jsonb_typeof(bk->'meta'->'is_legal') = 'boolean' THEN (bk->'meta'->>'is_legal')::boolean END,
         p.fetched_at
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'books')) bk
   WHERE jsonb_typeof(bk) = 'object' AND bk->>'id' IS NOT NULL
$$;
COMMENT ON FUNCTION raw_data.action_network_books(raw_data.payload) IS 'Entries of the Action Network book catalogue (/web/v1/books) as stated: id, display_name (else name; e.g. DK NJ), parent_name and book_parent_id (the brand), meta.states, meta.is_legal, and the fetch time.';

COMMIT;
