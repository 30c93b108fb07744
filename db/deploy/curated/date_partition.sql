-- Deploy mlb:curated/date_partition
-- Curated refresh workers (issue 14): which of the 8 curated partitions a New
-- York date belongs to. Consecutive dates fall in consecutive partitions, so a
-- season's dates spread evenly over the workers.
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE FUNCTION curated.date_partition(game_date date) RETURNS smallint
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN (((game_date - DATE '2000-01-01') % 8 + 8) % 8)::smallint;
COMMENT ON FUNCTION curated.date_partition(date) IS 'The curated partition (0 to 7, pipeline.curated_partitions) of a New York date: its day number since 2000-01-01 modulo 8, so consecutive dates fall in consecutive partitions. A curated rebuild owns the partitions of its dates; curated refresh workers drain one partition each.';
GRANT EXECUTE ON FUNCTION curated.date_partition(date) TO mlb_analyst;

COMMIT;
