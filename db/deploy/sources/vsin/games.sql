-- Deploy mlb:sources/vsin/games
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Games: every row, with the reason when its teams cannot be read.
CREATE OR REPLACE FUNCTION raw_data.vsin_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'vsin'::text, p.raw_table, p.raw_id, p.fetched_at, r.row_key, NULL::text, r.date_text,
         NULL::text, NULL::text, r.names[1], r.names[2], NULL::text, NULL::text,
         NULL::text, NULL::text, NULL::text, NULL::text,
         'alias'::text, false, true, false, 'scheduled'::text, r.problem
    FROM raw_data.vsin_rows(p) r
$$;
COMMENT ON FUNCTION raw_data.vsin_games(raw_data.payload) IS 'Games of a VSIN page rendering (raw_data.vsin_rows, both layouts): two team names in page order, no home/away, dated by the header''s gamedate link or the request key; a row whose teams cannot be read is stated with its reason (unreadable_team_cell, unpaired_team_rows) and quarantined.';

COMMIT;
