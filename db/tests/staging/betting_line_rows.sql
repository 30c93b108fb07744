-- staging.betting_line_rows: the narrow table staging.betting_lines is stored in (issue 14).
BEGIN;
SELECT plan(15);

SELECT has_table('staging', 'betting_line_rows', 'the narrow table exists');
SELECT is((SELECT pg_get_partkeydef('staging.betting_line_rows'::regclass)), 'LIST (season)', 'partitioned by season');
SELECT col_type_is('staging', 'betting_line_rows', 'market', 'char', 'market is a one-byte code');
SELECT col_type_is('staging', 'betting_line_rows', 'side', 'char', 'side is a one-byte code');
SELECT col_type_is('staging', 'betting_line_rows', 'line_timing', 'char', 'timing is a one-byte code');
SELECT hasnt_column('staging', 'betting_line_rows', 'decimal_price', 'no stored decimal price: the view computes it');
SELECT is((SELECT amname FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE c.oid = 'staging.betting_line_rows_raw_brin'::regclass),
          'brin'::name, 'the lineage index is a BRIN on the raw id');
SELECT is((SELECT pg_get_constraintdef(oid) FROM pg_constraint WHERE conname = 'betting_line_rows_natural_key'),
          'UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, market, side, line_timing, observed_at, source, outlet, season)',
          'the natural key: codes and fixed-width columns first');
SELECT is(ARRAY(SELECT tgname::text FROM pg_trigger WHERE tgrelid = 'staging.betting_line_rows'::regclass AND NOT tgisinternal ORDER BY 1),
          ARRAY['check_references_insert', 'check_references_update', 'mark_dates_dirty_insert',
                'mark_line_summaries_stale_delete', 'mark_line_summaries_stale_insert', 'mark_line_summaries_stale_update_new',
                'mark_line_summaries_stale_update_old'],
          'references are checked, dates marked dirty and games'' summaries marked stale on the table');

-- A line stored with codes reads with names and exact prices through the view.
INSERT INTO pipeline.runs (zone, kind, rows_out) VALUES ('staging', 'promote', 1);
INSERT INTO staging.sportsbooks (book_key, name, is_bettable, kind) VALUES ('tap_rows_book', 'Tap Rows Book', true, 'sportsbook');
INSERT INTO staging.games (game_date, start_time, home_team, away_team, status, status_source, status_fetched_at,
                           quality_score, raw_table, raw_id, pipeline_run_id)
VALUES ('2031-02-01', '2031-02-01 18:00Z', 'NYY', 'NYM', 'scheduled', 'sbd', now(), 1, 'sbd_betting_splits', 1,
        (SELECT max(id) FROM pipeline.runs));
INSERT INTO staging.betting_line_rows (season, game_id, sportsbook_id, market, side, line, american_price, observed_at, line_timing,
                                       source, quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT 2031, (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01'), (SELECT sportsbook_id FROM staging.sportsbooks WHERE name = 'Tap Rows Book'),
       't', 'u', 8.5, -135, '2031-02-01 12:00Z', 'T', 'sbd', 0.9, 'sbd_betting_splits', 1, now(), (SELECT max(id) FROM pipeline.runs);
SELECT is((SELECT pg_get_statisticsobjdef_expressions(oid) FROM pg_statistic_ext
            WHERE stxrelid = 'staging.betting_line_rows_2031'::regclass AND stxname = 'betting_line_rows_2031_names'),
          ARRAY['staging.line_code_name(''market''::text, market)', 'staging.line_code_name(''side''::text, side)',
                'staging.line_code_name(''timing''::text, line_timing)'],
          'statistics on the names the view computes, so filters on them are estimated');
SELECT is((SELECT row(market, side, line_timing, line, decimal_price, implied_probability)::text FROM staging.betting_lines
            WHERE game_id = (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01')),
          row('total', 'under', 'observed', 8.5::numeric(5,1), staging.american_to_decimal(-135), staging.american_to_implied_probability(-135))::text,
          'the view shows names and the exact decimal price and probability');
SELECT throws_ok($$INSERT INTO staging.betting_line_rows (season, game_id, sportsbook_id, market, side, line, american_price, observed_at,
                     source, quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
                   SELECT season, game_id, sportsbook_id, 't', 'h', 8.5, -110, observed_at, source, quality_score, raw_table, raw_id,
                          raw_fetched_at, pipeline_run_id FROM staging.betting_line_rows WHERE market = 't' LIMIT 1$$,
                 '23514', NULL, 'a total''s side must be over or under');
SELECT throws_ok($$INSERT INTO staging.betting_line_rows (season, game_id, sportsbook_id, market, side, line, american_price, observed_at,
                     line_timing, source, quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id, outlet)
                   SELECT season, game_id, sportsbook_id, market, side, line, -140, observed_at, line_timing, source, quality_score, raw_table,
                          raw_id, raw_fetched_at, pipeline_run_id, outlet FROM staging.betting_line_rows WHERE market = 't' AND side = 'u' LIMIT 1$$,
                 '23505', NULL, 'the same observation cannot be stored twice');
-- With statistics, a filter on a name the view computes is estimated from the data (without: 0.5% of the rows).
INSERT INTO staging.betting_line_rows (season, game_id, sportsbook_id, market, side, american_price, observed_at, source,
                                       quality_score, raw_table, raw_id, raw_fetched_at, pipeline_run_id)
SELECT season, game_id, sportsbook_id, 'm', 'h', -110 - i, observed_at + make_interval(mins => i), source, quality_score, raw_table,
       raw_id, raw_fetched_at, pipeline_run_id
  FROM staging.betting_line_rows, generate_series(1, 2000) i
 WHERE game_id = (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01');
ANALYZE staging.betting_line_rows;
CREATE FUNCTION pg_temp.estimated_rows(q text) RETURNS numeric LANGUAGE plpgsql AS $f$
DECLARE v json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || q INTO v;
  RETURN (v->0->'Plan'->>'Plan Rows')::numeric;
END $f$;
SELECT cmp_ok(pg_temp.estimated_rows($$SELECT 1 FROM staging.betting_lines WHERE market = 'moneyline' AND line_timing = 'observed'$$),
              '>=', 0.5 * (SELECT count(*) FROM staging.betting_lines WHERE market = 'moneyline' AND line_timing = 'observed'),
              'a filter on market and timing names is estimated from the statistics');
DELETE FROM staging.betting_line_rows WHERE market = 'm' AND game_id = (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01');
-- Deletes and opener flags pass through the view.
UPDATE staging.betting_lines SET is_opener = true WHERE game_id = (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01');
DELETE FROM staging.betting_lines WHERE game_id = (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01') AND is_opener;
SELECT is((SELECT count(*) FROM staging.betting_line_rows WHERE game_id = (SELECT game_id FROM staging.games WHERE game_date = '2031-02-01')),
          0::bigint, 'an update of is_opener and a delete through the view reach the table');

SELECT * FROM finish();
ROLLBACK;
