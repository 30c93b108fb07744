-- Reference data: exact alias lookups with validity, books.
BEGIN;
SELECT plan(20);

SELECT is(count(*)::int, 30, 'thirty clubs') FROM staging.teams;
SELECT is(count(DISTINCT action_network_team_id)::int, 30, 'thirty Action Network ids')
  FROM staging.teams WHERE action_network_team_id BETWEEN 187 AND 216;
SELECT is(staging.team_for_alias('odds_api', 'New York Mets', '2025-06-14'), 'NYM', 'New York Mets are the Mets');
SELECT is(staging.team_for_alias('odds_api', 'New York Yankees', '2025-06-14'), 'NYY', 'New York Yankees are the Yankees');
SELECT is(staging.team_for_alias('odds_api', 'New York', '2025-06-14'), NULL, 'no substring guesses');
SELECT is(staging.team_for_alias('odds_api', 'Mets', '2025-06-14'), NULL, 'a nickname alone is not an alias');
SELECT is(staging.team_for_alias('odds_api', '  new   york METS ', '2025-06-14'), 'NYM', 'case and spacing are normalised');
SELECT is(staging.team_for_alias('sbd', 'CHW', '2025-06-13'), 'CWS', 'SBD CHW is the White Sox');
SELECT is(staging.team_for_alias('sbd', 'CHC', '2025-06-13'), 'CHC', 'SBD CHC is the Cubs');
SELECT is(staging.team_for_alias('sbd', 'WAS', '2025-06-13'), 'WSH', 'SBD WAS is Washington');
SELECT is(staging.team_for_alias('sbd', 'OAK', '2025-06-13'), 'ATH', 'SBD OAK is the Athletics');
SELECT is(staging.team_for_alias('sbd', 'NYM', '2025-06-13'), 'NYM', 'SBD NYM is the Mets');
SELECT is(staging.team_for_alias('sbro', 'LOS', '2014-03-22'), 'LAD', 'SBRO LOS is the Dodgers');
SELECT is(staging.team_for_alias('sbro', 'SDG', '2018-03-29'), 'SD', 'SBRO SDG is San Diego');
SELECT is(staging.team_for_alias('odds_api', 'Cleveland Indians', '2021-06-01'), 'CLE', 'Indians in 2021');
SELECT is(staging.team_for_alias('odds_api', 'Cleveland Indians', '2022-06-01'), NULL, 'no Indians after the rename');
SELECT is(staging.team_for_alias('mlb_stats_api', 'Florida Marlins', '2012-05-01'), NULL, 'Florida Marlins ended in 2011');
SELECT is(staging.team_for_alias('sbd', 'New York Mets', '2025-06-13'), NULL, 'aliases are per source');
SELECT results_eq($$SELECT book_key FROM staging.sportsbooks WHERE NOT is_bettable ORDER BY 1$$,
  ARRAY['consensus', 'opening_line'], 'consensus and opening line are not bettable');
SELECT is((SELECT b.book_key FROM staging.sportsbook_source_ids s JOIN staging.sportsbooks b USING (sportsbook_id)
            WHERE s.source = 'odds_api' AND s.source_book_key = 'williamhill_us'), 'caesars', 'williamhill_us is Caesars');

SELECT * FROM finish();
ROLLBACK;
