-- pgTAP: staging.stated_team maps a stated team by the source's way of naming teams.
BEGIN;
SELECT plan(1);
SELECT results_eq($$VALUES (staging.stated_team('mlb_stats_api', 'mlb_team_id', '147', '2025-06-14')),
                           (staging.stated_team('action_network', 'action_network_team_id', '191', '2025-06-14')),
                           (staging.stated_team('odds_api', 'alias', 'New York Mets', '2025-06-14')),
                           (staging.stated_team('odds_api', 'alias', 'New York', '2025-06-14')),
                           (staging.stated_team('mlb_stats_api', 'mlb_team_id', '9999', '2025-06-14'))$$,
  $$VALUES ('NYY'), ('NYY'), ('NYM'), (NULL::text), (NULL)$$,
  'by MLB id, by Action Network id, by exact alias (the Mets are never the Yankees); unknown is NULL');
SELECT * FROM finish();
ROLLBACK;
