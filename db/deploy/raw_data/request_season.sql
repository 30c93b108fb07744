-- Deploy mlb:raw_data/request_season
-- Issue 14: the season a raw row is filed under, known when it is stored
-- (before anything parses it), so the raw tables are partitioned by season and
-- a season is detached or archived whole.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION raw_data.request_season(p_raw_table text, p_request_key text, p_fetched_at timestamptz) RETURNS int
LANGUAGE plpgsql STABLE PARALLEL SAFE
SET search_path = pg_catalog, raw_data
AS $$
DECLARE
  v_fetched int := extract(year FROM p_fetched_at AT TIME ZONE 'America/New_York')::int;
  v_reader regproc;
  v_season text;
BEGIN
  -- A date, a date range or date:view: the year of its (first) date, when it is a season there can be
  -- payloads of (1876 to the year after the fetch); a row is never refused for its key.
  IF p_request_key ~ '^\d{4}-\d{2}-\d{2}(\.\.|:|$)' AND raw_data.iso_date(left(p_request_key, 10)) IS NOT NULL
     AND left(p_request_key, 4)::int BETWEEN 1876 AND v_fetched + 1 THEN
    RETURN left(p_request_key, 4)::int;
  END IF;
  -- A key only its source can read (an SBRO file name).
  v_reader := (SELECT t.season_reader FROM raw_data.payload_tables t WHERE t.raw_table = p_raw_table);
  IF v_reader IS NOT NULL THEN
    EXECUTE format('SELECT %s($1)::text', v_reader) INTO v_season USING p_request_key;
    IF v_season ~ '^\d{4}$' AND v_season::int BETWEEN 1876 AND v_fetched + 1 THEN
      RETURN v_season::int;
    END IF;
  END IF;
  -- A game id, the book catalogue: the New York year it was fetched in.
  RETURN v_fetched;
END
$$;
COMMENT ON FUNCTION raw_data.request_season(text, text, timestamptz) IS 'The season a raw row is filed under (the partition of its raw table): the year of the date leading its request key (a date, a date range, date:view); else the year its table''s season reader (raw_data.payload_tables.season_reader: raw_data.sbro_season for SBRO files) reads from the key; else the New York year it was fetched in (a line history by game id, the book catalogue: fetched while their season is played; a history fetched in a later year is filed there). A year in the key before 1876 or after the year following the fetch is not taken: the fetch''s year is, so no key can make a row unstorable.';

COMMIT;
