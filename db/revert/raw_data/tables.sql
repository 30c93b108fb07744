-- Revert mlb:raw_data/tables
BEGIN;

DROP TABLE raw_data.action_network_games, raw_data.action_network_odds, raw_data.action_network_books,
           raw_data.sbd_betting_splits, raw_data.vsin_data, raw_data.mlb_stats_api,
           raw_data.odds_api_responses, raw_data.sbro_odds;
DROP TABLE raw_data.collection_log;
DROP TABLE raw_data.sources;
DROP FUNCTION raw_data.refuse_change();

COMMIT;
