-- Deploy mlb:raw_data/parser_types
-- Common signature of the source parsers: payload in, stated games, lines, splits, books out.
BEGIN;
SET LOCAL ROLE mlb_owner;

-- The common signature of every source's parsers: a payload in, the games,
-- prices, splits or book entries it states out, as the source wrote them.
CREATE TYPE raw_data.payload AS (
  raw_table text,
  raw_id bigint,
  request_key text,
  fetched_at timestamptz,
  http_status int,
  payload jsonb
);
COMMENT ON TYPE raw_data.payload IS 'One raw payload row as every parser takes it: raw table, id, request key, fetch time, HTTP status and the JSONB payload (or rendering).';
CREATE TYPE raw_data.stated_game AS (
  source text,
  raw_table text,
  raw_id bigint,
  fetched_at timestamptz,
  source_game_id text,
  start_text text,
  date_text text,
  home_text text,
  away_text text,
  team_a_text text,
  team_b_text text,
  game_number_text text,
  status_text text,
  home_score_text text,
  away_score_text text,
  innings_text text,
  extra_source_game_id text,
  teams_by text,
  home_known boolean,
  in_page_order boolean,
  states_result boolean,
  status text,
  problem text
);
COMMENT ON TYPE raw_data.stated_game IS 'A game as a payload states it (teams still as text), plus what the source''s parser knows about how it states games: teams_by (mlb_team_id, action_network_team_id or alias), home_known (false: two teams in page order, no home/away), in_page_order (doubleheader games listed in order), states_result (its status and scores may set a game''s result), status (the source''s status mapped to scheduled/live/final/postponed/suspended/cancelled) and problem (a source-specific reason to quarantine it).';
CREATE TYPE raw_data.stated_line AS (
  source text,
  raw_table text,
  raw_id bigint,
  fetched_at timestamptz,
  source_game_id text,
  game_time_text text,
  home_team_text text,
  away_team_text text,
  book_text text,
  source_market text,
  market text,
  side_text text,
  side_team_text text,
  line_text text,
  price_text text,
  observed_at timestamptz,
  observation_kind text,
  side text,
  side_by_team boolean
);
COMMENT ON TYPE raw_data.stated_line IS 'A price as a payload states it (raw_data.betting_lines_raw''s columns), plus side: home/away/over/under where the source states it explicitly, and side_by_team: true when the side is named by a team (side_team_text) that staging maps to home or away.';
CREATE TYPE raw_data.stated_split AS (
  source text,
  raw_table text,
  raw_id bigint,
  source_game_id text,
  book_text text,
  market text,
  side_text text,
  side_team_text text,
  bets_text text,
  money_text text,
  count_text text,
  observed_at timestamptz
);
COMMENT ON TYPE raw_data.stated_split IS 'A betting split as a payload states it: game, book or view, market, side (home/away/over/under, or first/second with the team named), bets %, money %, bet count and when.';
CREATE TYPE raw_data.stated_book AS (
  raw_table text,
  raw_id bigint,
  book_key text,
  book_name text,
  brand_name text,
  brand_id text,
  states text[],
  is_legal boolean,
  fetched_at timestamptz
);
COMMENT ON TYPE raw_data.stated_book IS 'An entry of a source''s book catalogue as stated: the source''s book id and display name, its brand (name and id, when the source states them), the states it serves, whether it is legal, and when the catalogue was fetched.';

COMMIT;
