-- pgTAP: curated/refusal_words: every rule a strategy or a bet can break from the command line says why in words.
BEGIN;
SELECT plan(3);
SELECT is_empty($$SELECT conrelid::regclass::text, conname FROM pg_constraint
                  WHERE conrelid IN ('curated.strategies'::regclass, 'curated.user_bets'::regclass) AND contype IN ('c', 'f')
                    AND coalesce(obj_description(oid, 'pg_constraint'), '') !~ '^[A-Z].*\.$'$$,
  'each check and reference of curated.strategies and curated.user_bets has its words: a sentence');
SELECT is(obj_description((SELECT oid FROM pg_constraint WHERE conname = 'user_bets_stake_check'), 'pg_constraint'),
  'The stake must be more than 0.', 'a stake of 0 is refused in words');
SELECT matches(obj_description((SELECT oid FROM pg_constraint WHERE conname = 'strategies_side_fits_market'), 'pg_constraint'),
  '^The side must fit the market', 'a side that does not fit the market, in words');
SELECT * FROM finish();
ROLLBACK;
