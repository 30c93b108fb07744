-- Revert mlb:raw_data/views
BEGIN;

DROP VIEW raw_data.line_movements_raw;
DROP VIEW raw_data.moneylines_raw, raw_data.spreads_raw, raw_data.totals_raw;
DROP VIEW raw_data.betting_lines_raw;
DROP FUNCTION raw_data.action_network_history_points(jsonb);
DROP VIEW raw_data.source_health;
DROP FUNCTION raw_data.json_object_or_empty(jsonb);
DROP FUNCTION raw_data.json_array_or_empty(jsonb);

COMMIT;
