-- Revert mlb:pipeline/runs_and_queue
BEGIN;

DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['action_network_games', 'action_network_odds', 'action_network_books',
                           'sbd_betting_splits', 'vsin_data', 'mlb_stats_api', 'odds_api_responses', 'sbro_odds'] LOOP
    EXECUTE format('DROP TRIGGER enqueue_for_promotion ON raw_data.%I', t);
  END LOOP;
END
$$;
DROP FUNCTION pipeline.enqueue_new_raw_rows();
DROP TABLE pipeline.promotion_queue;
DROP TABLE pipeline.runs;

COMMIT;
