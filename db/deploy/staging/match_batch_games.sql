-- Deploy mlb:staging/match_batch_games (reworked after v0.3.0)
-- A source that names each game by one id of its own (raw_data.sources.one_id_per_game)
-- keeps one id per game (issue 29): a second id matched to a game it already names, by
-- clubs and date, is refused as source_game_id_conflict instead of mapped beside it
-- (100,000 distinct SBD ids had been mapped onto one game).
-- A source whose ids are positions (a VSIN page row, an SBRO file row) is matched by what
-- it states, never by a position seen before (issue 28: as games left VSIN's board, its
-- rows moved up, and a doubleheader's second game was taken for its first under the
-- first's old row); and a page that lists fewer of a doubleheader's games than the
-- schedule has, when some had not started at its fetch, lists those (the first game gone
-- from the board at first pitch, or the second not posted yet).
-- Match a batchs source games to games.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION staging.match_batch_games(p_run_id bigint, p_max_start_minutes numeric) RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, staging
AS $$
BEGIN
  -- Known ids first, where their game is the one the payload describes (a position is no id: matched by what it states).
  UPDATE batch_games s SET game_id = m.game_id, match_method = m.match_method, match_confidence = m.match_confidence
    FROM game_source_ids m JOIN games g ON g.game_id = m.game_id
    JOIN raw_data.sources r ON r.source = m.source AND r.one_id_per_game
   WHERE s.game_id IS NULL AND s.problem IS NULL AND m.source = s.source AND m.source_game_id = s.source_game_id
     AND g.game_date = s.game_date
     AND ((s.home_known AND (g.home_team, g.away_team) = (s.home_team, s.away_team))
       OR (NOT s.home_known AND ((g.home_team, g.away_team) IN ((s.team_a, s.team_b), (s.team_b, s.team_a)))));
  -- A known id whose game is another date or other clubs: said once per payload and id.
  INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
  SELECT DISTINCT ON (s.raw_table, s.raw_id, s.source_game_id)
         p_run_id, 'source_game_id_conflict', 'warn', 'game', s.source, s.raw_table, s.raw_id, 'game:' || s.source_game_id,
         s.game_date, jsonb_build_object('known_game_id', g.game_id, 'known_date', g.game_date, 'known_home', g.home_team,
                                         'known_away', g.away_team, 'stated_date', s.game_date)
    FROM batch_games s
    JOIN game_source_ids m ON m.source = s.source AND m.source_game_id = s.source_game_id
    JOIN games g ON g.game_id = m.game_id
    JOIN raw_data.sources r ON r.source = s.source AND r.one_id_per_game
   WHERE s.game_id IS NULL AND s.problem IS NULL
   ORDER BY s.raw_table, s.raw_id, s.source_game_id
  ON CONFLICT DO NOTHING;
  -- Then the games of the same clubs on the same New York date.
  UPDATE batch_games s SET game_id = pick.game_id, match_method = pick.method, match_confidence = pick.confidence
    FROM (
      SELECT DISTINCT ON (s2.source, s2.source_game_id, s2.game_date, s2.home_team, s2.away_team, s2.team_a, s2.team_b)
             s2.source, s2.source_game_id, s2.game_date, s2.home_team, s2.away_team, s2.team_a, s2.team_b, c.game_id,
             CASE WHEN c.created_here THEN 'created'
                  WHEN c.n = 1 AND (s2.start_time IS NULL OR c.start_time IS NULL) THEN 'teams_date'
                  WHEN s2.start_time IS NOT NULL AND c.start_time IS NOT NULL THEN 'teams_date_start_time'
                  ELSE 'teams_date_game_number' END AS method,
             CASE WHEN s2.start_time IS NOT NULL AND c.start_time IS NOT NULL
                  THEN round(greatest(0, 1 - abs(extract(epoch FROM s2.start_time - c.start_time)) / 60 / p_max_start_minutes / 2), 3)
                  ELSE 1 END AS confidence,
             c.n, c.diff, c.game_number, c.listed_number, s2.number_hint,
             s2.start_time IS NULL OR c.start_time IS NULL AS untimed
        FROM (SELECT s1.*, row_number() OVER w AS number_hint, count(*) OVER w AS listed
                FROM batch_games s1 WHERE s1.game_id IS NULL AND s1.problem IS NULL
              WINDOW w AS (PARTITION BY s1.source, s1.raw_id, s1.game_date,
                                        coalesce(s1.home_team, least(s1.team_a, s1.team_b)),
                                        coalesce(s1.away_team, greatest(s1.team_a, s1.team_b))
                           ORDER BY s1.start_time NULLS LAST, length(s1.source_game_id), s1.source_game_id
                           ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING)) s2
        JOIN LATERAL (
          -- Which of the clubs' games the page's rows list in order: all of them, or when it lists fewer and some
          -- had not started at its fetch, those.
          SELECT y.*, CASE WHEN s2.listed >= y.n OR y.pending = 0 THEN y.game_number
                           WHEN NOT y.started THEN row_number() OVER (PARTITION BY y.started ORDER BY y.game_number) END
                        AS listed_number
            FROM (SELECT g.game_id, g.start_time, g.game_number, count(*) OVER () AS n,
                         coalesce(g.start_time <= s2.fetched_at, false) AS started,
                         count(*) FILTER (WHERE g.start_time IS NULL OR g.start_time > s2.fetched_at) OVER () AS pending,
                         abs(extract(epoch FROM s2.start_time - g.start_time)) / 60 AS diff,
                         g.pipeline_run_id = p_run_id AND g.game_pk IS NULL AND g.raw_table = s2.raw_table
                           AND g.raw_id = s2.raw_id AND g.status_source = s2.source AS created_here
                    FROM games g
                   WHERE g.game_date = s2.game_date
                     AND ((s2.home_known AND g.home_team = s2.home_team AND g.away_team = s2.away_team)
                       OR (NOT s2.home_known AND ((g.home_team, g.away_team) = (s2.team_a, s2.team_b)
                                                OR (g.home_team, g.away_team) = (s2.team_b, s2.team_a))))) y
        ) c ON true
       ORDER BY s2.source, s2.source_game_id, s2.game_date, s2.home_team, s2.away_team, s2.team_a, s2.team_b,
                c.diff NULLS LAST, coalesce(c.listed_number = s2.number_hint, false) DESC, c.game_number
    ) pick
   WHERE s.source = pick.source AND s.source_game_id = pick.source_game_id AND s.game_id IS NULL
     -- Each statement of an id (a rescheduled game is stated with two dates) its own game.
     AND (s.game_date, s.home_team, s.away_team, s.team_a, s.team_b)
         IS NOT DISTINCT FROM (pick.game_date, pick.home_team, pick.away_team, pick.team_a, pick.team_b)
     AND (
       (NOT pick.untimed AND pick.diff <= p_max_start_minutes)
       OR (pick.untimed AND pick.n = 1)
       -- Untimed sources list a doubleheader's games in order (SBRO rows, VSIN page rows).
       OR (pick.untimed AND pick.n > 1 AND s.in_page_order AND pick.listed_number = pick.number_hint)
     );

  -- One id per game for a source that names each game once: the id it already has keeps the game, else the batch's
  -- best match (confidence, then the lowest id); every other id matched to that game is refused, with the kept id.
  WITH conflicts AS MATERIALIZED (
    SELECT c.source, c.source_game_id, c.game_id, c.kept
      FROM (SELECT c0.*, first_value(c0.source_game_id) OVER (PARTITION BY c0.source, c0.game_id
                                                              ORDER BY c0.known DESC, c0.confidence DESC NULLS LAST, c0.source_game_id) AS kept
              FROM (SELECT DISTINCT b.source, b.source_game_id, b.game_id, b.match_confidence AS confidence, false AS known
                      FROM batch_games b JOIN raw_data.sources r ON r.source = b.source AND r.one_id_per_game
                     WHERE b.game_id IS NOT NULL AND b.source_game_id IS NOT NULL
                    UNION ALL
                    SELECT m.source, m.source_game_id, m.game_id, NULL, true
                      FROM game_source_ids m JOIN raw_data.sources r ON r.source = m.source AND r.one_id_per_game
                     WHERE (m.source, m.game_id) IN (SELECT b.source, b.game_id FROM batch_games b WHERE b.game_id IS NOT NULL)) c0) c
     WHERE NOT c.known AND c.source_game_id <> c.kept
  ), said AS (
    INSERT INTO validation_results (pipeline_run_id, rule, severity, entity, source, raw_table, raw_id, record_ref, game_date, details)
    SELECT DISTINCT ON (s.raw_table, s.raw_id, s.source_game_id)
           p_run_id, 'source_game_id_conflict', 'reject', 'game', s.source, s.raw_table, s.raw_id, 'game:' || s.source_game_id,
           s.game_date, jsonb_build_object('game_id', x.game_id, 'kept_source_game_id', x.kept, 'stated_date', s.game_date,
                                           'home', s.home_team, 'away', s.away_team)
      FROM batch_games s JOIN conflicts x ON x.source = s.source AND x.source_game_id = s.source_game_id AND x.game_id = s.game_id
     ORDER BY s.raw_table, s.raw_id, s.source_game_id
    ON CONFLICT DO NOTHING
  )
  UPDATE batch_games s SET game_id = NULL, match_method = NULL, match_confidence = NULL, problem = 'source_game_id_conflict'
    FROM conflicts x
   WHERE x.source = s.source AND x.source_game_id = s.source_game_id AND x.game_id = s.game_id;
END
$$;
COMMENT ON FUNCTION staging.match_batch_games(bigint, numeric) IS 'Matches the source games in the temp table batch_games to staging.games: a known source id whose game is on the stated New York date between the stated clubs (another game under a known id is a warning, source_game_id_conflict, and the payload is matched by what it states); else the same clubs (VSIN: in either order) on the same New York date, the nearest start within the limit, the only candidate when a side has no start time, or (SBRO, VSIN, which list a doubleheader''s games in order) the doubleheader game by row order (a page listing fewer of them than the schedule has, when some had not started at its fetch, lists those). Anything else stays unmatched and is quarantined as ambiguous. A source that names each game by one id of its own (raw_data.sources.one_id_per_game) keeps one: an id matched to a game the source already names by another id (or that a better-matched id of the batch takes) is refused, source_game_id_conflict (reject, with the kept id).';

COMMIT;
