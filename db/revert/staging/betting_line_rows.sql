-- Revert mlb:staging/betting_line_rows
-- staging.betting_lines is a table again, with the rows, ids, keys, triggers,
-- comments and grants it had; its dependents are created again on it.
BEGIN;
SET LOCAL ROLE mlb_owner;

DO $do$ BEGIN PERFORM pipeline.replace_keeping_dependents('staging.betting_lines', $ddl$
DROP VIEW staging.betting_lines;
CREATE TABLE staging.betting_lines (
    line_id bigint GENERATED ALWAYS AS IDENTITY,
    game_id bigint NOT NULL,
    sportsbook_id integer NOT NULL,
    market text NOT NULL,
    side text NOT NULL,
    line numeric(5,1),
    american_price integer NOT NULL,
    decimal_price numeric GENERATED ALWAYS AS (staging.american_to_decimal(american_price)) STORED,
    implied_probability numeric GENERATED ALWAYS AS (staging.american_to_implied_probability(american_price)) STORED,
    observed_at timestamp with time zone,
    line_timing text DEFAULT 'observed'::text NOT NULL,
    is_opener boolean DEFAULT false NOT NULL,
    is_live boolean DEFAULT false NOT NULL,
    source text NOT NULL,
    quality_score numeric(4,3) NOT NULL,
    raw_table text NOT NULL,
    raw_id bigint NOT NULL,
    pipeline_run_id bigint NOT NULL,
    raw_fetched_at timestamp with time zone NOT NULL,
    outlet text DEFAULT ''::text NOT NULL,
    stated_decimal_price numeric,
    CONSTRAINT betting_lines_pkey PRIMARY KEY (line_id),
    CONSTRAINT betting_lines_american_price_check CHECK (((american_price >= 100) OR (american_price <= '-100'::integer))),
    CONSTRAINT betting_lines_check CHECK (((market = 'total'::text) = (side = ANY (ARRAY['over'::text, 'under'::text])))),
    CONSTRAINT betting_lines_check1 CHECK (((market = 'moneyline'::text) = (line IS NULL))),
    CONSTRAINT betting_lines_check2 CHECK (((observed_at IS NOT NULL) OR (line_timing <> 'observed'::text))),
    CONSTRAINT betting_lines_line_timing_check CHECK ((line_timing = ANY (ARRAY['observed'::text, 'open'::text, 'close'::text]))),
    CONSTRAINT betting_lines_market_check CHECK ((market = ANY (ARRAY['moneyline'::text, 'spread'::text, 'total'::text]))),
    CONSTRAINT betting_lines_quality_score_check CHECK (((quality_score >= (0)::numeric) AND (quality_score <= (1)::numeric))),
    CONSTRAINT betting_lines_side_check CHECK ((side = ANY (ARRAY['home'::text, 'away'::text, 'over'::text, 'under'::text]))),
    CONSTRAINT betting_lines_stated_decimal_price_check CHECK ((stated_decimal_price > (1)::numeric)),
    CONSTRAINT betting_lines_natural_key UNIQUE NULLS NOT DISTINCT (game_id, sportsbook_id, outlet, market, side, source, line_timing, observed_at)
);
INSERT INTO staging.betting_lines (line_id, game_id, sportsbook_id, market, side, line, american_price, observed_at,
                                   line_timing, is_opener, is_live, source, quality_score, raw_table, raw_id,
                                   pipeline_run_id, raw_fetched_at, outlet, stated_decimal_price)
OVERRIDING SYSTEM VALUE
SELECT line_id, game_id, sportsbook_id, staging.line_code_name('market', market), staging.line_code_name('side', side), line,
       american_price, observed_at, staging.line_code_name('timing', line_timing), is_opener, is_live, source, quality_score,
       raw_table, raw_id, pipeline_run_id, raw_fetched_at, outlet, stated_decimal_price
  FROM staging.betting_line_rows ORDER BY line_id;
SELECT setval(pg_get_serial_sequence('staging.betting_lines', 'line_id'),
              (SELECT last_value FROM staging.betting_line_rows_line_id_seq));
CREATE INDEX betting_lines_raw_idx ON staging.betting_lines USING btree (raw_table, raw_id);
CREATE TRIGGER check_references_insert AFTER INSERT ON staging.betting_lines REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION staging.check_betting_line_references();
CREATE TRIGGER check_references_update AFTER UPDATE ON staging.betting_lines REFERENCING NEW TABLE AS new_lines
  FOR EACH STATEMENT EXECUTE FUNCTION staging.check_betting_line_references();
CREATE TRIGGER mark_dates_dirty_insert AFTER INSERT ON staging.betting_lines REFERENCING NEW TABLE AS changed_rows
  FOR EACH STATEMENT EXECUTE FUNCTION pipeline.mark_dates_dirty();
COMMENT ON TABLE staging.betting_lines IS 'One row per observation of a price: game, book, market, side, points, price in three forms, when, from which source and raw row. The unique natural key makes a repeated observation impossible.';
COMMENT ON CONSTRAINT betting_lines_natural_key ON staging.betting_lines IS 'One observation per game, brand, outlet, market, side, source, timing and moment.';
GRANT SELECT ON staging.betting_lines TO mlb_analyst;
$ddl$); END $do$;
DROP TABLE staging.betting_line_rows;

COMMIT;
