-- Deploy mlb:staging/validation_success_rate
-- Validation success per run and source.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW staging.validation_success_rate AS
WITH promoted AS (
  SELECT l.source, 'line'::text AS entity, g.game_date, count(*) AS n FROM staging.betting_lines l JOIN staging.games g USING (game_id) GROUP BY 1, 2, 3
  UNION ALL
  SELECT s.source, 'split', g.game_date, count(*) FROM staging.betting_splits s JOIN staging.games g USING (game_id) GROUP BY 1, 2, 3
  UNION ALL
  SELECT m.source, 'game', g.game_date, count(*) FROM staging.game_source_ids m JOIN staging.games g USING (game_id) GROUP BY 1, 2, 3
), problems AS (
  SELECT source, entity, game_date, count(*) FILTER (WHERE severity = 'reject') AS rejected,
         count(*) FILTER (WHERE severity = 'warn') AS warned
    FROM staging.validation_results GROUP BY 1, 2, 3
)
SELECT coalesce(p.source, v.source) AS source, coalesce(p.entity, v.entity) AS entity,
       coalesce(p.game_date, v.game_date) AS game_date,
       coalesce(p.n, 0) AS promoted, coalesce(v.warned, 0) AS warned, coalesce(v.rejected, 0) AS rejected,
       round(coalesce(p.n, 0)::numeric / nullif(coalesce(p.n, 0) + coalesce(v.rejected, 0), 0), 4) AS success_rate
  FROM promoted p FULL JOIN problems v ON v.source = p.source AND v.entity = p.entity AND v.game_date IS NOT DISTINCT FROM p.game_date;
COMMENT ON VIEW staging.validation_success_rate IS 'What staging holds against what it quarantined, per source, entity (game, line, split, payload, book) and New York date: promoted, warned, rejected and promoted / (promoted + rejected). For example: SELECT source, sum(promoted), sum(rejected) FROM staging.validation_success_rate GROUP BY 1.';
COMMENT ON COLUMN staging.validation_success_rate.source IS 'Source.';
COMMENT ON COLUMN staging.validation_success_rate.entity IS 'game (source game ids matched), line, split, payload or book.';
COMMENT ON COLUMN staging.validation_success_rate.game_date IS 'New York date; NULL for records without one (payloads, books, unmatched games).';
COMMENT ON COLUMN staging.validation_success_rate.promoted IS 'Rows in staging.';
COMMENT ON COLUMN staging.validation_success_rate.warned IS 'Warnings (their rows are promoted).';
COMMENT ON COLUMN staging.validation_success_rate.rejected IS 'Records quarantined.';
COMMENT ON COLUMN staging.validation_success_rate.success_rate IS 'promoted / (promoted + rejected), 0-1.';
GRANT SELECT ON staging.validation_success_rate TO mlb_analyst;

COMMIT;
