-- Deploy mlb:sources/sbd/games (reworked after v0.3.0)
-- A game whose New York date is not its page's date is stated with the reason
-- game_not_on_page_date: a page of SBD's feed lists its date's games (group; the real
-- 2025-06-13 page: its 15 games all on that New York date, though the _id of a game
-- starting after 8 pm is led by the next UTC date). A page dated a day off made
-- phantom games on the wrong date (7 on the short live day), which the schedule
-- adopted by date and clubs when the same clubs played then.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Games: home and away by SBD team code.
CREATE OR REPLACE FUNCTION raw_data.sbd_games(p raw_data.payload) RETURNS SETOF raw_data.stated_game
LANGUAGE sql STABLE PARALLEL SAFE
AS $$
  SELECT 'sbd'::text, p.raw_table, p.raw_id, p.fetched_at, g.game->>'_id', g.game->>'date', NULL::text,
         g.game->'home'->>'code', g.game->'away'->>'code', NULL::text, NULL::text, NULL::text, NULL::text,
         NULL::text, NULL::text, NULL::text, NULL::text,
         'alias'::text, true, false, false, 'scheduled'::text,
         CASE WHEN (raw_data.iso_time(g.game->>'date') AT TIME ZONE 'America/New_York')::date
                   <> raw_data.iso_date(p.payload->>'group')
              THEN 'game_not_on_page_date' END
    FROM jsonb_array_elements(raw_data.json_array_or_empty(p.payload->'games')) g(game)
$$;
COMMENT ON FUNCTION raw_data.sbd_games(raw_data.payload) IS 'Games of a SportsBettingDime payload: _id, date (UTC start), home.code and away.code (mapped through staging.team_aliases). A game whose start''s New York date is not the page''s date (group) is stated with the problem game_not_on_page_date: a misdated page, whose games are quarantined rather than made on the wrong date. A page without a readable group, or a game without a readable start, is not judged.';

COMMIT;
