-- Deploy mlb:curated/rebuild/own_dates
-- Curated refresh workers (issue 14): a rebuild owns its dates, not all of
-- curated. It locks the rows of their partitions (pipeline.curated_partitions)
-- in partition order, so rebuilds of other partitions run beside it and two
-- rebuilds never wait on each other in a circle.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.rebuild_own_dates(p_dates date[]) RETURNS date[]
LANGUAGE plpgsql
SET search_path = pg_catalog, curated, pipeline
AS $$
DECLARE
  v_dates date[];
BEGIN
  -- Twice: while this waited for a partition, the rebuild holding it may have put a moved game under a date the
  -- first reading did not see. Rows already held are locked again at no cost; a partition the second reading adds
  -- is locked out of order (if that closes a circle, PostgreSQL ends one of the two rebuilds). A game moved after
  -- the second reading makes this rebuild fail on curated.enhanced_games' key. Either way the dates stay dirty and
  -- the next refresh rebuilds them.
  FOR k IN 1 .. 2 LOOP
    -- A game the schedule moved to another date is rebuilt on the date curated still
    -- has it under too, so that date loses it (and its primary key is free).
    v_dates := ARRAY(SELECT unnest(p_dates)
                     UNION SELECT e.game_date FROM curated.enhanced_games e JOIN staging.games g USING (game_id)
                            WHERE g.game_date = ANY (p_dates) AND e.game_date <> g.game_date
                     ORDER BY 1);
    PERFORM 1 FROM pipeline.curated_partitions p
     WHERE p.partition IN (SELECT curated.date_partition(d) FROM unnest(v_dates) d)
     ORDER BY p.partition FOR UPDATE;
  END LOOP;
  RETURN v_dates;
END
$$;
COMMENT ON FUNCTION curated.rebuild_own_dates(date[]) IS 'Curated rebuild step 0: the dates to rebuild (the given ones and, for a game the schedule moved, the date curated still has it under), owned for the transaction by locking their partitions'' rows of pipeline.curated_partitions in partition order. Called by curated.rebuild_dates() under the curated.rebuild lock in share mode.';

COMMIT;
