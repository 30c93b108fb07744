-- Deploy mlb:staging/sharp_action_signals
-- Money minus bets per split.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW staging.sharp_action_signals AS
SELECT s.split_id, s.game_id, s.source, s.sportsbook_id, s.market, s.side, s.observed_at,
       s.bets_percent, s.money_percent, s.money_percent - s.bets_percent AS money_minus_bets,
       CASE WHEN s.money_percent - s.bets_percent >= pipeline.setting_numeric('signals.sharp_tier3_points') THEN 3
            WHEN s.money_percent - s.bets_percent >= pipeline.setting_numeric('signals.sharp_tier2_points') THEN 2
            WHEN s.money_percent - s.bets_percent >= pipeline.setting_numeric('signals.sharp_tier1_points') THEN 1
            ELSE 0 END AS sharp_tier,
       s.raw_table, s.raw_id, s.pipeline_run_id
  FROM staging.betting_splits s
 WHERE s.bets_percent IS NOT NULL AND s.money_percent IS NOT NULL;
COMMENT ON VIEW staging.sharp_action_signals IS 'Per split observation and side: money % minus bets %. A side with more of the money than of the tickets draws larger (sharper) bets; tiers 1-3 by the signals.sharp_tier*_points settings (defaults 10, 20, 30 points), 0 below.';
COMMENT ON COLUMN staging.sharp_action_signals.split_id IS 'The betting_splits row.';
COMMENT ON COLUMN staging.sharp_action_signals.game_id IS 'The game.';
COMMENT ON COLUMN staging.sharp_action_signals.source IS 'Source of the split.';
COMMENT ON COLUMN staging.sharp_action_signals.sportsbook_id IS 'Book of the split, NULL for source aggregates.';
COMMENT ON COLUMN staging.sharp_action_signals.market IS 'moneyline, spread or total.';
COMMENT ON COLUMN staging.sharp_action_signals.side IS 'home, away, over or under.';
COMMENT ON COLUMN staging.sharp_action_signals.observed_at IS 'When the split held.';
COMMENT ON COLUMN staging.sharp_action_signals.bets_percent IS 'Share of bets on the side.';
COMMENT ON COLUMN staging.sharp_action_signals.money_percent IS 'Share of money on the side.';
COMMENT ON COLUMN staging.sharp_action_signals.money_minus_bets IS 'money_percent - bets_percent, in points.';
COMMENT ON COLUMN staging.sharp_action_signals.sharp_tier IS '0 none, 1 moderate, 2 strong, 3 very strong.';
COMMENT ON COLUMN staging.sharp_action_signals.raw_table IS 'Raw table (lineage).';
COMMENT ON COLUMN staging.sharp_action_signals.raw_id IS 'Raw row (lineage).';
COMMENT ON COLUMN staging.sharp_action_signals.pipeline_run_id IS 'Run that wrote the split.';
GRANT SELECT ON staging.sharp_action_signals TO mlb_analyst;

COMMIT;
