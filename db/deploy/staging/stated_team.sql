-- Deploy mlb:staging/stated_team
-- The club a payload's team text means, by the way its source names teams.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- No SET clause and not STRICT: promotion calls it per stated game and it must stay inlinable.
CREATE OR REPLACE FUNCTION staging.stated_team(p_source text, p_teams_by text, p_text text, p_date date) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
RETURN CASE p_teams_by
  WHEN 'mlb_team_id' THEN (SELECT t.team_code FROM staging.teams t WHERE t.mlb_team_id::text = p_text)
  WHEN 'action_network_team_id' THEN (SELECT t.team_code FROM staging.teams t WHERE t.action_network_team_id::text = p_text)
  ELSE staging.team_for_alias(p_source, p_text, p_date) END;
COMMENT ON FUNCTION staging.stated_team(text, text, text, date) IS 'The club (team_code) a stated team means: by MLB team id or Action Network team id when the source''s parser says it names teams so (raw_data.stated_game.teams_by), else by the source''s explicit alias valid on the date (staging.team_for_alias); NULL when unknown.';
GRANT EXECUTE ON FUNCTION staging.stated_team(text, text, text, date) TO mlb_analyst;

COMMIT;
