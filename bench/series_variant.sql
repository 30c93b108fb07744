-- Issue 30's storage variant, built to be measured in the same run as the promotion (make bench ARGS=--variants):
-- Action Network line histories promoted into a series per game, book, outlet, market, side and raw row (points as
-- line, price, time and score arrays), and read back through bench_series_lines, a view with the columns of
-- staging.betting_lines. The bench compares the view with what the promotion stored from the same raw rows.
--
-- Per series, not per point: the game is matched once per history, the book once per book, market and side once per
-- outcome; each outcome's points are read typed by jsonb_to_recordset and checked as one aggregate; the other side's
-- series is joined once and compared element by element (consistency, warnings, scores); an outcome's points sorted
-- once. A series whose every point passes the checks takes this path; a raw row with any rejected point, a second
-- statement of a point, two sides out of step or a book the catalogue lacks would take the row-per-price path of
-- today (staging.promote_store_lines): the bench counts such raw rows and stores nothing of them here.
--
-- A restated history (the same game fetched again) supersedes the stored series' points it restates: each stored
-- series of the key loses the points a newer copy states (and is deleted when none is left), and the batch's series
-- loses those a newer stored copy states; so no point is stored twice and the newest copy of each wins, as in
-- staging.betting_line_rows. A key stated by one series has its first point as opener; else the opener is the first
-- point of the key's earliest series. In-play is the game's first pitch as the series was promoted (live_from), as
-- is_live is fixed when a row is promoted.
--
-- Runs on the bench's throwaway database only; not part of the deployed schema.

CREATE TABLE bench_series (
  series_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  game_id bigint NOT NULL,
  sportsbook_id int NOT NULL,
  outlet text NOT NULL,
  market "char" NOT NULL,
  side "char" NOT NULL,
  source text NOT NULL,
  raw_table text NOT NULL,
  raw_id bigint NOT NULL,
  raw_fetched_at timestamptz NOT NULL,
  pipeline_run_id bigint NOT NULL,
  line numeric(5,1)[],
  american_price int[] NOT NULL,
  observed_at timestamptz[] NOT NULL,
  quality_score numeric(4,3)[] NOT NULL,
  live_from timestamptz,
  is_opener boolean NOT NULL,
  UNIQUE (game_id, sportsbook_id, market, side, source, outlet, raw_id)
);
CREATE INDEX ON bench_series USING brin (raw_id);

CREATE VIEW bench_series_lines AS
SELECT s.series_id * 65536 + p.i AS line_id, s.game_id, s.sportsbook_id,
       staging.line_code_name('market', s.market) AS market, staging.line_code_name('side', s.side) AS side,
       p.line, p.american_price,
       staging.american_to_decimal(p.american_price) AS decimal_price,
       staging.american_to_implied_probability(p.american_price) AS implied_probability,
       p.observed_at, 'observed'::text AS line_timing, s.is_opener AND p.i = 1 AS is_opener,
       coalesce(p.observed_at >= s.live_from, false) AS is_live, s.source, p.quality_score, s.raw_table, s.raw_id,
       s.pipeline_run_id, s.raw_fetched_at, s.outlet, NULL::numeric AS stated_decimal_price
  FROM bench_series s
 CROSS JOIN LATERAL unnest(s.line, s.american_price, s.observed_at, s.quality_score)
       WITH ORDINALITY AS p(line, american_price, observed_at, quality_score, i);

-- Per raw row: its points staged here, or why it would take the row path.
CREATE TABLE bench_series_accounts (raw_id bigint PRIMARY KEY, points bigint, staged bigint, row_path text);
-- The warnings of accepted points, as staging.validation_results would hold them.
CREATE TABLE bench_series_warnings (raw_id bigint, record_ref text, rule text);

-- A series without the points at the given moments (NULL arrays when none is left).
CREATE FUNCTION bench_series_without(p_line numeric[], p_price int[], p_observed_at timestamptz[], p_score numeric[],
                                     p_moments timestamptz[], OUT line numeric[], OUT american_price int[],
                                     OUT observed_at timestamptz[], OUT quality_score numeric[])
LANGUAGE sql IMMUTABLE
AS $$
  SELECT array_agg(u.line ORDER BY u.i), array_agg(u.price ORDER BY u.i), array_agg(u.t ORDER BY u.i),
         array_agg(u.q ORDER BY u.i)
    FROM unnest(p_line, p_price, p_observed_at, p_score) WITH ORDINALITY AS u(line, price, t, q, i)
   WHERE NOT (u.t = ANY (p_moments))
$$;

CREATE FUNCTION bench_series_promote(p_ids bigint[], p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET jit = off
SET search_path = pg_catalog, staging, pipeline, raw_data, public
AS $fn$
BEGIN
  DROP TABLE IF EXISTS batch_series;
  CREATE TEMP TABLE batch_series ON COMMIT DROP AS
  WITH limits AS MATERIALIZED (
    SELECT coalesce(pipeline.setting_numeric('validation.max_american_odds'), 10000) AS max_odds,
           coalesce(pipeline.setting_numeric('validation.min_total'), 3) AS min_total,
           coalesce(pipeline.setting_numeric('validation.max_total'), 20) AS max_total,
           now() + make_interval(mins => coalesce(pipeline.setting_numeric('validation.future_tolerance_minutes'), 5)::int)
             AS latest
  ), histories AS (
    -- The game once per history.
    SELECT r.id AS raw_id, r.fetched_at, r.payload, g.game_id, g.game_date, g.start_time
      FROM raw_data.action_network_odds r
      LEFT JOIN game_source_ids m ON m.source = 'action_network' AND m.source_game_id = r.request_key
      LEFT JOIN games g ON g.game_id = m.game_id
     WHERE r.id = ANY (p_ids)
  ), outcomes AS (
    -- The book once per book, market and side once per outcome.
    SELECT h.raw_id, h.fetched_at, h.game_id, h.game_date, h.start_time, b.key AS outlet, bk.sportsbook_id,
           m.key AS market_name, lower(o.value->>'side') AS side_name, o.value->'history' AS history
      FROM histories h
     CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(h.payload) = 'object' THEN h.payload END) AS b(key, value)
     CROSS JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(b.value->'event') = 'object' THEN b.value->'event' END) AS m(key, value)
     CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(m.value) = 'array' THEN m.value END) AS o(value)
      LEFT JOIN sportsbook_source_ids bk ON bk.source = 'action_network' AND bk.source_book_key = b.key
  ), series AS (
    -- Each outcome's points read typed, sorted once and checked as one aggregate.
    SELECT o.*, x.*, l.*
      FROM outcomes o
     CROSS JOIN limits l
     CROSS JOIN LATERAL (
       -- One sort a series (the window's, which the aggregates read in order).
       SELECT array_agg(CASE WHEN o.market_name = 'moneyline' THEN NULL ELSE p.value END) AS line,
              array_agg(p.odds::int) AS american_price,
              array_agg(p.t) AS observed_at,
              count(*) AS points,
              coalesce(bool_or(p.repeated), false) AS repeated,
              bool_and(p.t IS NOT NULL AND p.t <= l.latest
                       AND p.odds IS NOT NULL AND p.odds = trunc(p.odds) AND abs(p.odds) BETWEEN 100 AND l.max_odds
                       AND CASE o.market_name
                             WHEN 'moneyline' THEN true
                             WHEN 'total' THEN p.value BETWEEN l.min_total AND l.max_total
                             ELSE abs(p.value) < 100 END) AS clean
         FROM (SELECT j.value, j.odds, t.t, t.t = lag(t.t) OVER (ORDER BY t.t) AS repeated
                 FROM jsonb_to_recordset(
                        CASE WHEN jsonb_typeof(o.history) = 'array'
                              AND NOT jsonb_path_exists(o.history, 'lax $[*] ? (@.type() != "object" || @.odds.type() != "number"
                                                                  || (@.value.type() != "number" && @.value.type() != "null"))')
                             THEN o.history END) AS j(value numeric, odds numeric, updated_at text)
                CROSS JOIN LATERAL (SELECT raw_data.iso_time(j.updated_at) AS t) t) p
     ) x
  ), paired AS (
    -- The other side's series, once per series: consistency, warnings and scores element by element.
    SELECT s.raw_id, s.fetched_at, s.game_id, s.game_date, s.start_time, s.outlet, s.sportsbook_id,
           line_code('market', s.market_name) AS market, line_code('side', s.side_name) AS side,
           s.line, s.american_price, s.observed_at, s.points,
           CASE
             WHEN s.game_id IS NULL THEN 'unmatched_game'
             WHEN s.sportsbook_id IS NULL THEN 'unknown_book'
             WHEN s.market_name NOT IN ('moneyline', 'spread', 'total') THEN 'unsupported_market'
             WHEN s.side_name IS NULL OR s.side_name NOT IN ('home', 'away', 'over', 'under')
               OR (s.side_name IN ('over', 'under')) <> (s.market_name = 'total') THEN 'unknown_side'
             WHEN s.points = 0 OR s.clean IS NOT TRUE THEN 'a point refused or unreadable'
             WHEN s.repeated THEN 'a moment stated twice'
             WHEN count(*) OVER (PARTITION BY s.raw_id, s.outlet, s.market_name, s.side_name) > 1 THEN 'a side stated twice'
             WHEN o.observed_at IS NOT NULL AND o.observed_at <> s.observed_at THEN 'the sides out of step'
           END AS row_path,
           sc.quality_score, sc.warnings
      FROM series s
      LEFT JOIN series o ON o.raw_id = s.raw_id AND o.outlet = s.outlet AND o.market_name = s.market_name
                        AND o.side_name <> s.side_name
     CROSS JOIN LATERAL (
       SELECT array_agg(round(0.4 + 0.4 * greatest(0, 1 - 0.25 * w.n) + 0.2 * c.consistency, 3) ORDER BY u.i) AS quality_score,
              array_agg(w.rules ORDER BY u.i) FILTER (WHERE w.n > 0) AS warnings
         FROM unnest(s.line, o.line, s.observed_at) WITH ORDINALITY AS u(line, other_line, t, i)
        CROSS JOIN LATERAL (SELECT CASE WHEN o.raw_id IS NULL THEN 0.5
                                        WHEN s.market_name = 'moneyline' THEN 1
                                        WHEN s.market_name = 'spread' AND u.line = -u.other_line THEN 1
                                        WHEN s.market_name = 'total' AND u.line = u.other_line THEN 1
                                        ELSE 0 END::numeric AS consistency) c
        CROSS JOIN LATERAL (
          SELECT cardinality(r.rules) AS n, array_to_string(r.rules, ',') || '@' || u.t AS rules
            FROM (SELECT array_remove(ARRAY[
                    CASE WHEN s.start_time IS NOT NULL AND u.t >= s.start_time THEN 'in_play_price' END,
                    CASE WHEN s.market_name = 'spread' AND abs(u.line) <> 1.5 THEN 'unusual_run_line' END,
                    CASE WHEN s.market_name = 'spread' AND c.consistency = 0 THEN 'run_line_sides_not_opposite' END,
                    CASE WHEN s.market_name = 'total' AND c.consistency = 0 THEN 'total_sides_differ' END], NULL) AS rules) r
        ) w
     ) sc
  )
  SELECT * FROM paired;

  -- A raw row with any series off the series path takes the row path whole.
  INSERT INTO bench_series_accounts (raw_id, points, staged, row_path)
  SELECT raw_id, sum(points), CASE WHEN bool_and(row_path IS NULL) THEN sum(points) ELSE 0 END, min(row_path)
    FROM batch_series GROUP BY raw_id
  ON CONFLICT (raw_id) DO UPDATE SET points = excluded.points, staged = excluded.staged, row_path = excluded.row_path;
  DELETE FROM batch_series b USING bench_series_accounts a WHERE a.raw_id = b.raw_id AND a.row_path IS NOT NULL;

  INSERT INTO bench_series_warnings (raw_id, record_ref, rule)
  SELECT b.raw_id, concat_ws(':', b.outlet, b.market, b.side), w
    FROM batch_series b CROSS JOIN LATERAL unnest(b.warnings) w
   WHERE b.warnings IS NOT NULL;

  -- The keys stated by more than one series, in the batch or stored: only those need the newest-copy rule (a batch
  -- that holds one copy per key skips it).
  DROP TABLE IF EXISTS batch_restated;
  CREATE TEMP TABLE batch_restated ON COMMIT DROP AS
  SELECT DISTINCT b.game_id, b.sportsbook_id, b.outlet, b.market, b.side
    FROM batch_series b
   WHERE EXISTS (SELECT FROM bench_series s
                  WHERE s.game_id = b.game_id AND s.sportsbook_id = b.sportsbook_id AND s.market = b.market
                    AND s.side = b.side AND s.source = 'action_network' AND s.outlet = b.outlet)
  UNION
  SELECT game_id, sportsbook_id, outlet, market, side FROM batch_series GROUP BY 1, 2, 3, 4, 5 HAVING count(*) > 1;

  IF EXISTS (SELECT FROM batch_restated) THEN
    -- The newest copy of each point wins: a series loses the points a newer copy of its key states, in the batch or
    -- stored; a series left empty goes. Every copy of a restated key, batch and stored, with the moments the newer
    -- copies of its key state (joined by key, once per pair of series).
    DROP TABLE IF EXISTS batch_superseded;
    CREATE TEMP TABLE batch_superseded ON COMMIT DROP AS
    WITH copies AS (
      SELECT b.game_id, b.sportsbook_id, b.outlet, b.market, b.side, raw_copy(b.fetched_at, 'action_network_odds', b.raw_id) AS copy,
             b.raw_id, true AS in_batch, b.observed_at
        FROM batch_series b JOIN batch_restated USING (game_id, sportsbook_id, outlet, market, side)
      UNION ALL
      SELECT s.game_id, s.sportsbook_id, s.outlet, s.market, s.side, raw_copy(s.raw_fetched_at, s.raw_table, s.raw_id),
             s.raw_id, false, s.observed_at
        FROM bench_series s
        JOIN batch_restated k ON (s.game_id, s.sportsbook_id, s.market, s.side, s.source, s.outlet)
                               = (k.game_id, k.sportsbook_id, k.market, k.side, 'action_network', k.outlet)
    )
    SELECT c.game_id, c.sportsbook_id, c.outlet, c.market, c.side, c.raw_id, c.in_batch,
           array_agg(DISTINCT t) AS newer
      FROM copies c
      JOIN copies n USING (game_id, sportsbook_id, outlet, market, side)
     CROSS JOIN LATERAL unnest(n.observed_at) AS t
     WHERE n.copy > c.copy AND n.observed_at && c.observed_at AND (c.in_batch OR n.in_batch)
     GROUP BY 1, 2, 3, 4, 5, 6, 7;
    UPDATE batch_series b SET (line, american_price, observed_at, quality_score)
        = (SELECT * FROM bench_series_without(b.line, b.american_price, b.observed_at, b.quality_score, x.newer))
      FROM batch_superseded x
     WHERE x.in_batch AND (b.game_id, b.sportsbook_id, b.outlet, b.market, b.side, b.raw_id)
                        = (x.game_id, x.sportsbook_id, x.outlet, x.market, x.side, x.raw_id);
    DELETE FROM bench_series s
     USING batch_superseded x
     WHERE NOT x.in_batch AND (s.game_id, s.sportsbook_id, s.market, s.side, s.source, s.outlet, s.raw_id)
                            = (x.game_id, x.sportsbook_id, x.market, x.side, 'action_network', x.outlet, x.raw_id)
       AND s.observed_at <@ x.newer;
    UPDATE bench_series s SET (line, american_price, observed_at, quality_score)
        = (SELECT * FROM bench_series_without(s.line, s.american_price, s.observed_at, s.quality_score, x.newer))
      FROM batch_superseded x
     WHERE NOT x.in_batch AND (s.game_id, s.sportsbook_id, s.market, s.side, s.source, s.outlet, s.raw_id)
                            = (x.game_id, x.sportsbook_id, x.market, x.side, 'action_network', x.outlet, x.raw_id);
    DELETE FROM batch_series WHERE observed_at IS NULL;
  END IF;

  -- A key stated once has its first point as opener.
  INSERT INTO bench_series (game_id, sportsbook_id, outlet, market, side, source, raw_table, raw_id, raw_fetched_at,
                            pipeline_run_id, line, american_price, observed_at, quality_score, live_from, is_opener)
  SELECT b.game_id, b.sportsbook_id, b.outlet, b.market, b.side, 'action_network', 'action_network_odds', b.raw_id,
         b.fetched_at, p_run_id, b.line, b.american_price, b.observed_at, b.quality_score, b.start_time,
         NOT EXISTS (SELECT FROM batch_restated k
                      WHERE (b.game_id, b.sportsbook_id, b.outlet, b.market, b.side) = (k.game_id, k.sportsbook_id, k.outlet, k.market, k.side))
    FROM batch_series b
  -- The same raw row promoted again states the same series.
  ON CONFLICT (game_id, sportsbook_id, market, side, source, outlet, raw_id) DO UPDATE
     SET line = excluded.line, american_price = excluded.american_price, observed_at = excluded.observed_at,
         quality_score = excluded.quality_score, live_from = excluded.live_from, pipeline_run_id = excluded.pipeline_run_id;

  -- Else the opener is the first point of the key's earliest series.
  UPDATE bench_series s SET is_opener = s.observed_at[1] = f.first
    FROM (SELECT s.game_id, s.sportsbook_id, s.outlet, s.market, s.side, min(s.observed_at[1]) AS first
            FROM bench_series s
            JOIN batch_restated k USING (game_id, sportsbook_id, outlet, market, side)
           WHERE s.source = 'action_network'
           GROUP BY 1, 2, 3, 4, 5) f
   WHERE (s.game_id, s.sportsbook_id, s.market, s.side, s.source, s.outlet) = (f.game_id, f.sportsbook_id, f.market, f.side, 'action_network', f.outlet)
     AND s.is_opener IS DISTINCT FROM (s.observed_at[1] = f.first);
END
$fn$;
