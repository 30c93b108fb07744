-- Deploy mlb:staging/source_games_raw
-- Every game every payload states.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- Every game every payload states, through each table's games parser.
CREATE OR REPLACE VIEW staging.source_games_raw AS
SELECT g.* FROM raw_data.payload_tables t CROSS JOIN LATERAL raw_data.stated_games(t.raw_table) g;
COMMENT ON VIEW staging.source_games_raw IS 'Every game each source states (raw_data.stated_games over raw_data.payload_tables), with its teams as the source wrote them (ids, codes or names) and no mapping yet. VSIN gives two teams in page order (team_a, team_b) and no home/away. SBRO pairs a V row with the H row after it (N/N rows are neutral-site games whose home team the file does not state).';
COMMENT ON COLUMN staging.source_games_raw.source IS 'Source.';
COMMENT ON COLUMN staging.source_games_raw.raw_table IS 'Raw table.';
COMMENT ON COLUMN staging.source_games_raw.raw_id IS 'Raw row.';
COMMENT ON COLUMN staging.source_games_raw.fetched_at IS 'Fetch time of the payload.';
COMMENT ON COLUMN staging.source_games_raw.source_game_id IS 'The source''s game id (SBRO: the V row).';
COMMENT ON COLUMN staging.source_games_raw.start_text IS 'Start time as stated (UTC ISO text).';
COMMENT ON COLUMN staging.source_games_raw.date_text IS 'Game date as stated when there is no start time (VSIN page date, SBRO season + MMDD).';
COMMENT ON COLUMN staging.source_games_raw.home_text IS 'Home team as stated (MLB id, Action Network id, code or name).';
COMMENT ON COLUMN staging.source_games_raw.away_text IS 'Away team as stated.';
COMMENT ON COLUMN staging.source_games_raw.team_a_text IS 'VSIN: first team on the page.';
COMMENT ON COLUMN staging.source_games_raw.team_b_text IS 'VSIN: second team on the page.';
COMMENT ON COLUMN staging.source_games_raw.game_number_text IS 'MLB gameNumber (doubleheaders).';
COMMENT ON COLUMN staging.source_games_raw.status_text IS 'Status as stated (MLB codedGameState, Action Network status, SBRO final).';
COMMENT ON COLUMN staging.source_games_raw.home_score_text IS 'Home runs as stated.';
COMMENT ON COLUMN staging.source_games_raw.away_score_text IS 'Away runs as stated.';
COMMENT ON COLUMN staging.source_games_raw.innings_text IS 'Innings played as stated (MLB linescore).';
COMMENT ON COLUMN staging.source_games_raw.extra_source_game_id IS 'SBRO: the H row''s id, mapped to the same game.';
COMMENT ON COLUMN staging.source_games_raw.teams_by IS 'How the teams are named: mlb_team_id, action_network_team_id or alias (staging.team_aliases).';
COMMENT ON COLUMN staging.source_games_raw.home_known IS 'False when the source lists two teams without saying which is home (VSIN).';
COMMENT ON COLUMN staging.source_games_raw.in_page_order IS 'True when the source lists a doubleheader''s games in order (SBRO rows, VSIN page rows).';
COMMENT ON COLUMN staging.source_games_raw.states_result IS 'True when the source''s status and scores may set a game''s result (SBRO, Action Network) for games the schedule lacks.';
COMMENT ON COLUMN staging.source_games_raw.status IS 'The source''s status mapped to scheduled, live, final, postponed, suspended or cancelled; NULL when unknown.';
COMMENT ON COLUMN staging.source_games_raw.problem IS 'A source-specific reason to quarantine the game (unknown_status, missing_start_time, unpaired_row, neutral_site_home_unknown).';

COMMIT;
