-- Deploy mlb:staging/last_shown_at
-- When a source last showed what a stored row says (issue 28): the fetch of the row's
-- raw copy, or a later fetch the raw zone logged as an unchanged copy of that body
-- (raw_data.collection_log outcome unchanged, pointing at it). The one rule behind a
-- close's confirmation (staging.refresh_line_summaries) and a price on offer now
-- (curated.prices_on_offer): the latest of staging.shown_at. It runs with its owner's rights (issue 31): the analyst reads
-- the board, which asks it, but not the raw zone's log.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.last_shown_at(p_raw_table text, p_raw_id bigint, p_fetched_at timestamptz,
                                                 p_until timestamptz DEFAULT NULL)
RETURNS timestamptz
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, raw_data
AS $$
  SELECT max(s.shown) FROM staging.shown_at(p_raw_table, p_raw_id, p_fetched_at) AS s(shown)
   WHERE p_until IS NULL OR s.shown <= p_until
$$;
COMMENT ON FUNCTION staging.last_shown_at(text, bigint, timestamptz, timestamptz) IS 'When a source last showed a raw row''s body, up to p_until when given: the row''s own fetch (p_fetched_at) or a later fetch the raw zone logged as an unchanged copy of it (raw_data.collection_log outcome unchanged); NULL when neither was by p_until: the latest of staging.shown_at. What confirms a close (staging.refresh_line_summaries) and a price on offer now (curated.prices_on_offer). Runs with its owner''s rights: the analyst reading curated.prices_on_offer (and the board) may not read the raw zone''s log itself.';
REVOKE ALL ON FUNCTION staging.last_shown_at(text, bigint, timestamptz, timestamptz) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION staging.last_shown_at(text, bigint, timestamptz, timestamptz) TO mlb_analyst;

COMMIT;
