-- Deploy mlb:staging/promote/store_lines (reworked after v0.3.0)
-- A reason's record reference names the market when the source's own market key does
-- not (issue 29): Action Network v1 states the period (firstfiveinnings) as its market
-- key, so a side's moneyline and run-line reasons shared one reference and one was lost
-- (12 rows rejected, 8 reasons). And every price a raw row states is accounted for:
-- refused (with its reason), staged, or set aside by a named rule; the counts go to
-- staging.raw_row_accounts (issue 29).
-- Promotion step: prices stored.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_store_lines(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline, raw_data
AS $$
BEGIN
  DROP TABLE IF EXISTS batch_line_counts, batch_opener_groups;
  CREATE TEMP TABLE batch_line_counts (source text, raw_table text, raw_id bigint, read bigint, promoted bigint,
                                       warned bigint, rejected bigint, elements bigint, refused bigint, staged bigint,
                                       set_aside jsonb, unaccounted bigint) ON COMMIT DROP;
  CREATE TEMP TABLE batch_opener_groups (game_id bigint, sportsbook_id int, outlet text, market text, side text,
                                         source text) ON COMMIT DROP;

  WITH l AS MATERIALIZED (
    SELECT b.*,
           -- The record reference of a line with a reason (the element a reason names).
           CASE WHEN b.problem IS NOT NULL OR cardinality(b.warnings) > 0
                THEN concat_ws(':', b.source_game_id, b.book_text, b.source_market, nullif(b.market, b.source_market),
                               b.side_text, b.observation_kind, b.observed_at) END AS ref,
           CASE b.observation_kind WHEN 'open' THEN 'open' WHEN 'close' THEN 'close' ELSE 'observed' END AS timing
      FROM batch_lines b
  ), rejected AS (
    -- Every rejection and warning, with what the source said.
    INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
    SELECT p_run_id, r.rule, r.severity, 'line', l.source, l.raw_table, l.raw_id, l.ref, l.game_date,
           jsonb_strip_nulls(jsonb_build_object('game', l.source_game_id, 'book', l.book_text, 'market', l.source_market,
                                                'market_type', nullif(l.market, l.source_market),
                                                'side', l.side_text, 'team', l.side_team_text, 'line', l.line_text,
                                                'price', l.price_text, 'observed_at', l.observed_at))
      FROM l
     CROSS JOIN LATERAL (SELECT l.problem, 'reject' WHERE l.problem IS NOT NULL
                         UNION ALL SELECT w, 'warn' FROM unnest(l.warnings) w) AS r(rule, severity)
     WHERE l.problem IS NOT NULL OR cardinality(l.warnings) > 0
    ON CONFLICT DO NOTHING
  ), newest AS (
    -- One copy per observation: the newest.
    SELECT DISTINCT ON (game_id, sportsbook_id, book_text, market, side, source, timing, observed_at)
           game_id, sportsbook_id, book_text AS outlet, market, side, CASE WHEN market = 'moneyline' THEN NULL ELSE line END AS line,
           american_price, observed_at, timing, is_live, source,
           round(0.4 * (CASE WHEN observed_at IS NULL THEN 0.75 ELSE 1 END)
                 + 0.4 * greatest(0, 1 - 0.25 * cardinality(warnings)) + 0.2 * consistency, 3) AS quality_score,
           raw_table, raw_id, fetched_at, stated_decimal, game_date
      FROM l WHERE l.problem IS NULL
     ORDER BY game_id, sportsbook_id, book_text, market, side, source, timing, observed_at,
              raw_copy(fetched_at, raw_table, raw_id) DESC
  ), groups AS MATERIALIZED (
    -- Per game, book, outlet, market, side and source: the first observation in the batch and in store.
    SELECT g.*, s.any_stored, s.stored_first
      FROM (SELECT game_id, sportsbook_id, outlet, market, side, source,
                   min(observed_at) FILTER (WHERE timing = 'observed') AS batch_first
              FROM newest GROUP BY game_id, sportsbook_id, outlet, market, side, source) g
     CROSS JOIN LATERAL (
       SELECT count(*) > 0 AS any_stored, min(b.observed_at) FILTER (WHERE b.line_timing = 'T') AS stored_first
         FROM betting_line_rows b
        WHERE b.game_id = g.game_id AND b.sportsbook_id = g.sportsbook_id AND b.market = line_code('market', g.market)
          AND b.side = line_code('side', g.side) AND b.source = g.source AND b.outlet = g.outlet) s
  ), flagged AS (
    SELECT n.*, g.any_stored,
           n.timing = 'open' OR coalesce(n.timing = 'observed' AND n.observed_at = least(g.batch_first, g.stored_first), false)
             AS is_opener
      FROM newest n
      JOIN groups g USING (game_id, sportsbook_id, outlet, market, side, source)
  ), fresh AS (
    -- Groups with nothing stored: nothing to conflict with.
    INSERT INTO betting_line_rows (season, game_id, sportsbook_id, outlet, market, side, line, american_price, observed_at, line_timing,
                                   is_opener, is_live, source, quality_score, raw_table, raw_id, raw_fetched_at,
                                   stated_decimal_price, pipeline_run_id)
    SELECT season_of(game_date), game_id, sportsbook_id, outlet, line_code('market', market), line_code('side', side), line, american_price,
           observed_at, line_code('timing', timing), is_opener, is_live, source,
           quality_score, raw_table, raw_id, fetched_at, stated_decimal, p_run_id
      FROM flagged WHERE NOT any_stored
    RETURNING raw_table, raw_id
  ), restated AS (
    -- Stored unless a newer copy is.
    INSERT INTO betting_line_rows (season, game_id, sportsbook_id, outlet, market, side, line, american_price, observed_at, line_timing,
                                   is_opener, is_live, source, quality_score, raw_table, raw_id, raw_fetched_at,
                                   stated_decimal_price, pipeline_run_id)
    SELECT season_of(game_date), game_id, sportsbook_id, outlet, line_code('market', market), line_code('side', side), line, american_price,
           observed_at, line_code('timing', timing), is_opener, is_live, source,
           quality_score, raw_table, raw_id, fetched_at, stated_decimal, p_run_id
      FROM flagged WHERE any_stored
    ON CONFLICT (game_id, sportsbook_id, market, side, line_timing, observed_at, source, outlet, season) DO UPDATE
       SET line = excluded.line, american_price = excluded.american_price, stated_decimal_price = excluded.stated_decimal_price,
           is_live = excluded.is_live, is_opener = excluded.is_opener,
           quality_score = excluded.quality_score, raw_table = excluded.raw_table, raw_id = excluded.raw_id,
           raw_fetched_at = excluded.raw_fetched_at, pipeline_run_id = excluded.pipeline_run_id
     WHERE raw_copy(excluded.raw_fetched_at, excluded.raw_table, excluded.raw_id)
         > raw_copy(betting_line_rows.raw_fetched_at, betting_line_rows.raw_table, betting_line_rows.raw_id)
    RETURNING raw_table, raw_id
  ), stored AS (
    SELECT raw_table, raw_id, count(*) AS n FROM (SELECT * FROM fresh UNION ALL SELECT * FROM restated) x GROUP BY 1, 2
  ), copies AS (
    -- Per raw row: its accepted copies, the observations they are (a payload may state one twice), and how many
    -- of those its copy won in the batch (the rest lost to a newer raw row's copy).
    SELECT a.source, a.raw_table, a.raw_id, a.observations, coalesce(w.winners, 0) AS winners
      FROM (SELECT source, raw_table, raw_id, count(*) AS observations
              FROM (SELECT DISTINCT source, raw_table, raw_id, game_id, sportsbook_id, book_text, market, side, timing, observed_at
                      FROM l WHERE problem IS NULL) o
             GROUP BY source, raw_table, raw_id) a
      LEFT JOIN (SELECT raw_table, raw_id, count(*) AS winners FROM newest GROUP BY raw_table, raw_id) w USING (raw_table, raw_id)
  ), counted AS (
    -- Per raw row: each element refused (one per record reference, as its reason), or a copy of an observation
    -- stored, set aside for a newer copy or for another statement of it in the same payload; a stored row that
    -- no winner explains is unaccounted.
    INSERT INTO batch_line_counts
    SELECT r.source, r.raw_table, r.raw_id, r.read, r.promoted, r.warned, r.rejected,
           r.refused + r.promoted, r.refused, least(coalesce(s.n, 0), coalesce(c.winners, 0)),
           jsonb_strip_nulls(jsonb_build_object(
             'newer_copy_in_batch', nullif(coalesce(c.observations - c.winners, 0), 0),
             'same_observation_in_payload', nullif(r.promoted - coalesce(c.observations, 0), 0),
             'newer_copy_already_staged', nullif(greatest(coalesce(c.winners, 0) - coalesce(s.n, 0), 0), 0))),
           greatest(coalesce(s.n, 0) - coalesce(c.winners, 0), 0)
      FROM (SELECT source, raw_table, raw_id, count(*) AS read, count(*) FILTER (WHERE problem IS NULL) AS promoted,
                   count(*) FILTER (WHERE problem IS NULL AND cardinality(warnings) > 0) AS warned,
                   count(*) FILTER (WHERE problem IS NOT NULL) AS rejected,
                   count(DISTINCT ref) FILTER (WHERE problem IS NOT NULL) AS refused
              FROM l GROUP BY source, raw_table, raw_id) r
      LEFT JOIN copies c USING (source, raw_table, raw_id)
      LEFT JOIN stored s USING (raw_table, raw_id)
    RETURNING 1
  )
  -- An observation earlier than the stored opener: the stored flag must move (staging.promote_openers).
  INSERT INTO batch_opener_groups
  SELECT game_id, sportsbook_id, outlet, market, side, source FROM groups WHERE batch_first < stored_first;

  -- Read once; it refers to the batch's temp tables, which the next batch replaces.
  DROP VIEW batch_lines;
END
$$;
COMMENT ON FUNCTION staging.promote_store_lines(bigint) IS 'Promotion step 7, one statement over one reading of the batch''s lines (the view batch_lines of staging.promote_lines): every rejection and warning in validation_results; the newest copy of each observation in staging.betting_line_rows (read as staging.betting_lines) with its quality score, lineage and opener flag (the earliest observation of its game, book, outlet, market, side and source, stored or in the batch); of several raw rows stating one observation the newest wins (fetch time, then raw table name, then stored raw row), in one batch and across batches alike: a stored observation is replaced only by a newer copy, never duplicated. Groups with nothing stored are inserted plainly, the others with ON CONFLICT. Each price a raw row states is accounted for: refused (one element per record reference, as its reason), staged, or set aside as newer_copy_in_batch (another raw row''s newer copy of the observation is stored), same_observation_in_payload (the payload states the observation again), newer_copy_already_staged (a newer copy was stored before); a stored row no newest copy explains is unaccounted. Leaves the batch''s counts per raw row (rows read, promoted, warned, rejected; elements, refused, staged, set_aside by rule, unaccounted) in the temp table batch_line_counts and the groups whose stored opener an earlier observation displaced in batch_opener_groups; drops the view.';

COMMIT;
