-- pgTAP: raw_data/payload_table_for (the raw table of a source endpoint): values in, values out. Owner, rights and comment: db/tests/setup/.
BEGIN;
SELECT plan(3);

SELECT is(raw_data.payload_table_for('action_network', 'history'), 'action_network_odds', 'Action Network histories');
SELECT is(raw_data.payload_table_for('action_network', 'scoreboard'), 'action_network_games', 'its scoreboards');
SELECT is(raw_data.payload_table_for('sbd', 'history'), NULL, 'an endpoint the source does not have: none');

SELECT * FROM finish();
ROLLBACK;
