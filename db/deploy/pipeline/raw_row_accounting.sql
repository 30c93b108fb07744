-- Deploy mlb:pipeline/raw_row_accounting
-- An accounting of every raw row (issue 29): per raw row and kind of element, what it
-- states and what became of each: staged, refused with a reason, set aside by a named
-- rule, or unaccounted. Nothing a payload states may leave without a trace.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW pipeline.raw_row_accounting AS
SELECT r.source, r.raw_table, r.raw_id, r.request_key, r.fetched_at,
       CASE WHEN q.raw_id IS NOT NULL THEN 'queued'
            WHEN a.raw_id IS NOT NULL THEN 'accounted'
            WHEN p.reasons > 0 THEN 'quarantined'
            ELSE 'not_accounted' END AS state,
       coalesce(a.entity, CASE WHEN q.raw_id IS NULL AND p.reasons > 0 THEN 'payload' END) AS entity,
       coalesce(a.elements, CASE WHEN q.raw_id IS NULL AND p.reasons > 0 THEN 1 END) AS elements,
       coalesce(a.staged, CASE WHEN q.raw_id IS NULL AND p.reasons > 0 THEN 0 END) AS staged,
       coalesce(a.refused, CASE WHEN q.raw_id IS NULL AND p.reasons > 0 THEN 1 END) AS refused,
       CASE WHEN a.raw_id IS NOT NULL THEN coalesce(v.reasons, 0)
            WHEN q.raw_id IS NULL AND p.reasons > 0 THEN p.reasons END AS reasons,
       a.set_aside,
       coalesce(a.unaccounted, CASE WHEN q.raw_id IS NULL AND p.reasons > 0 THEN 0 END) AS unaccounted,
       a.pipeline_run_id
  FROM pipeline.raw_rows() r
  LEFT JOIN staging.raw_row_accounts a ON a.raw_table = r.raw_table AND a.raw_id = r.raw_id
  LEFT JOIN pipeline.promotion_queue q ON q.raw_table = r.raw_table AND q.raw_id = r.raw_id
  LEFT JOIN LATERAL (
    SELECT count(DISTINCT x.record_ref) AS reasons FROM staging.validation_results x
     WHERE x.raw_table = r.raw_table AND x.raw_id = r.raw_id AND x.entity = a.entity AND x.severity = 'reject') v ON a.raw_id IS NOT NULL
  LEFT JOIN LATERAL (
    SELECT count(*) AS reasons FROM staging.validation_results x
     WHERE x.raw_table = r.raw_table AND x.raw_id = r.raw_id AND x.entity = 'payload' AND x.severity = 'reject') p ON a.raw_id IS NULL;
COMMENT ON VIEW pipeline.raw_row_accounting IS 'Every raw row and what became of what it states (staging.raw_row_accounts, written by the promotion or rebuild that read it): per kind of element (payload, game, line, split) the elements it states, staged, refused (reasons: the distinct reject reasons recorded for them, which must equal refused), set aside by a named rule, and unaccounted (must be 0). state: queued (not promoted yet), accounted, quarantined (refused whole while promoted row by row: its payload reason), not_accounted (promoted before accounts were kept: staging.rebuild of its dates accounts for it). SELECT * FROM pipeline.raw_row_accounting WHERE unaccounted > 0 OR refused <> reasons lists what needs explaining.';
COMMENT ON COLUMN pipeline.raw_row_accounting.source IS 'Source.';
COMMENT ON COLUMN pipeline.raw_row_accounting.raw_table IS 'Raw payload table.';
COMMENT ON COLUMN pipeline.raw_row_accounting.raw_id IS 'Raw row id.';
COMMENT ON COLUMN pipeline.raw_row_accounting.request_key IS 'Its request key.';
COMMENT ON COLUMN pipeline.raw_row_accounting.fetched_at IS 'When it was fetched.';
COMMENT ON COLUMN pipeline.raw_row_accounting.state IS 'queued, accounted, quarantined or not_accounted.';
COMMENT ON COLUMN pipeline.raw_row_accounting.entity IS 'payload, game, line or split.';
COMMENT ON COLUMN pipeline.raw_row_accounting.elements IS 'Elements of this kind the row states.';
COMMENT ON COLUMN pipeline.raw_row_accounting.staged IS 'Staged from this row.';
COMMENT ON COLUMN pipeline.raw_row_accounting.refused IS 'Refused with a reason.';
COMMENT ON COLUMN pipeline.raw_row_accounting.reasons IS 'Distinct reject reasons recorded for this row and kind (staging.validation_results); equals refused.';
COMMENT ON COLUMN pipeline.raw_row_accounting.set_aside IS 'Set aside, by named rule (staging.raw_row_accounts.set_aside).';
COMMENT ON COLUMN pipeline.raw_row_accounting.unaccounted IS 'Elements that matched no fate: 0 unless something is wrong.';
COMMENT ON COLUMN pipeline.raw_row_accounting.pipeline_run_id IS 'The run that wrote the account.';
GRANT SELECT ON pipeline.raw_row_accounting TO mlb_analyst;

COMMIT;
