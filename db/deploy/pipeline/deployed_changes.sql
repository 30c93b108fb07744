-- Deploy mlb:pipeline/deployed_changes
-- What sqitch has deployed.
BEGIN;
-- Reads sqitch's registry, which mlb_owner cannot: owned by the deploying
-- superuser, search_path pinned.

CREATE OR REPLACE FUNCTION pipeline.deployed_changes()
RETURNS TABLE (deployed bigint, last_deployed_at timestamptz, last_change text)
LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = pg_catalog, sqitch
AS $$
  SELECT count(*), max(c.committed_at), (array_agg(c.change ORDER BY c.committed_at DESC))[1]
    FROM sqitch.changes c WHERE c.project = 'mlb'
$$;
COMMENT ON FUNCTION pipeline.deployed_changes() IS 'How many sqitch changes of project mlb are deployed, when the last was, and its name (SELECT * FROM pipeline.deployed_changes()).';
REVOKE EXECUTE ON FUNCTION pipeline.deployed_changes() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION pipeline.deployed_changes() TO mlb_analyst;

COMMIT;
