-- Deploy mlb:staging/promote/payload_games
-- Promotion step 5b: the game each payload of the batch means by each source game
-- id it states: the match of the batch's statement of that id with the same date
-- and clubs (staging.promote_stated_games keeps one per id and stated game), else
-- the id's known game when it is on the date the payload states, else none (its
-- lines and splits are then unmatched_game, with the reason). Before this an
-- older payload of a batch went to the id's known game whatever its date: a
-- backfill across a rescheduled game put lines on the wrong date, and promotion
-- in one batch differed from promotion as the payloads arrived.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.promote_payload_games(p_run_id bigint) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging, pipeline
AS $$
BEGIN
  DROP TABLE IF EXISTS batch_payload_games;
  CREATE TEMP TABLE batch_payload_games ON COMMIT DROP AS
  SELECT DISTINCT ON (s.raw_table, s.raw_id, s.source_game_id)
         s.source, s.raw_table, s.raw_id, s.source_game_id,
         coalesce(own.game_id, CASE WHEN known.game_date = s.game_date THEN m.game_id END) AS game_id
    FROM batch_stated_games s
    -- The batch's statement of this game (the newest payload stating the id with this date and these clubs).
    LEFT JOIN batch_games own ON own.source = s.source AND own.source_game_id = s.source_game_id
                             AND (s.source = 'mlb_stats_api'
                                  OR (own.game_date, own.home_text, own.away_text, own.team_a_text, own.team_b_text)
                                     IS NOT DISTINCT FROM (s.game_date, s.home_text, s.away_text, s.team_a_text, s.team_b_text))
    LEFT JOIN game_source_ids m ON m.source = s.source AND m.source_game_id = s.source_game_id
    LEFT JOIN games known ON known.game_id = m.game_id
   WHERE s.source_game_id IS NOT NULL
   ORDER BY s.raw_table, s.raw_id, s.source_game_id, own.game_id NULLS LAST;
  CREATE INDEX ON batch_payload_games (raw_table, raw_id, source_game_id);
  ANALYZE batch_payload_games;
END
$$;
COMMENT ON FUNCTION staging.promote_payload_games(bigint) IS 'Promotion step 5b: the temp table batch_payload_games, the game each payload of the batch means by each source game id it states: the match of the batch''s statement of that id with the same date and clubs (batch_games; the schedule: the gamePk''s), else the id''s known game when it is on the date this payload states, else none. promote_lines and promote_splits use it before the id''s known game (which stays the answer for payloads that state no game, such as line histories).';

COMMIT;
