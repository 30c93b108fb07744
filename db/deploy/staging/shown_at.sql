-- Deploy mlb:staging/shown_at
-- Every moment a source showed a raw row's body: the fetch of the row itself and each
-- later fetch the raw zone logged as an unchanged copy of that body. The one rule behind
-- when a price or a split was last on show (staging.last_shown_at: closes, prices on
-- offer) and every moment a split was seen (curated.rebuild_reverse_line_movement).
-- A plain SQL function, so it is inlined where it is called; it reads the raw zone's log,
-- so PUBLIC and the analyst may not run it (last_shown_at runs it with its owner's rights).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.shown_at(p_raw_table text, p_raw_id bigint, p_fetched_at timestamptz)
RETURNS SETOF timestamptz
LANGUAGE sql STABLE PARALLEL SAFE
ROWS 2
AS $$
  SELECT p_fetched_at
  UNION ALL
  SELECT a.finished_at FROM raw_data.collection_log a
   WHERE a.raw_table = p_raw_table AND a.raw_id = p_raw_id AND a.outcome = 'unchanged'
$$;
COMMENT ON FUNCTION staging.shown_at(text, bigint, timestamptz) IS 'Every moment a source showed a raw row''s body: its own fetch (p_fetched_at) and each later fetch the raw zone logged as an unchanged copy of it (raw_data.collection_log outcome unchanged, pointing at the row). The one rule of staging.last_shown_at (the latest such moment, up to a time) and of the moments a split was seen (curated.rebuild_reverse_line_movement). Inlined where called; not the analyst''s (it reads the raw zone''s log).';
REVOKE ALL ON FUNCTION staging.shown_at(text, bigint, timestamptz) FROM PUBLIC;

COMMIT;
