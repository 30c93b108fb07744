-- Deploy mlb:curated/user_bet_report
-- Your record by month and book, each month's total, and the whole: what a
-- bettor checks (ROI on settled money, units, average CLV).
BEGIN;
SET LOCAL ROLE mlb_owner;

CREATE OR REPLACE VIEW curated.user_bet_report AS
SELECT date_trunc('month', r.game_date)::date AS month, r.book,
       count(*)::int AS bets,
       count(*) FILTER (WHERE r.result = 'pending')::int AS pending,
       count(*) FILTER (WHERE r.result = 'win')::int AS wins,
       count(*) FILTER (WHERE r.result = 'loss')::int AS losses,
       count(*) FILTER (WHERE r.result = 'push')::int AS pushes,
       count(*) FILTER (WHERE r.result = 'void')::int AS voids,
       coalesce(sum(r.stake) FILTER (WHERE r.result IN ('win', 'loss', 'push')), 0) AS staked,
       coalesce(sum(r.profit), 0) AS profit,
       round(coalesce(sum(r.profit / r.stake), 0), 4) AS units,
       round(sum(r.profit) FILTER (WHERE r.result IN ('win', 'loss', 'push'))
             / nullif(sum(r.stake) FILTER (WHERE r.result IN ('win', 'loss', 'push')), 0), 4) AS roi,
       round(avg(r.clv), 4) AS average_clv,
       round(avg(r.clv_book), 4) AS average_clv_book,
       count(r.clv)::int AS bets_with_clv
  FROM curated.user_bet_results r
 GROUP BY GROUPING SETS ((date_trunc('month', r.game_date), r.book), (date_trunc('month', r.game_date)), ());
COMMENT ON VIEW curated.user_bet_report IS 'Your bets by month and book, by month (book NULL) and overall (month and book NULL): record, money staked on settled bets, profit, units (profit in stakes), ROI (profit / staked on wins, losses and pushes), average CLV against the consensus and against the book''s own close.';
COMMENT ON COLUMN curated.user_bet_report.month IS 'First day of the month of the games (NULL: all).';
COMMENT ON COLUMN curated.user_bet_report.book IS 'The book (NULL: all books).';
COMMENT ON COLUMN curated.user_bet_report.bets IS 'Bets placed.';
COMMENT ON COLUMN curated.user_bet_report.pending IS 'Bets on games not final yet.';
COMMENT ON COLUMN curated.user_bet_report.wins IS 'Won.';
COMMENT ON COLUMN curated.user_bet_report.losses IS 'Lost.';
COMMENT ON COLUMN curated.user_bet_report.pushes IS 'Pushed (stake returned).';
COMMENT ON COLUMN curated.user_bet_report.voids IS 'Void: postponed or cancelled games (stake returned).';
COMMENT ON COLUMN curated.user_bet_report.staked IS 'Money staked on wins, losses and pushes.';
COMMENT ON COLUMN curated.user_bet_report.profit IS 'Money won minus lost.';
COMMENT ON COLUMN curated.user_bet_report.units IS 'Profit in stakes: each bet''s profit divided by its own stake, summed.';
COMMENT ON COLUMN curated.user_bet_report.roi IS 'profit / staked, 4 places.';
COMMENT ON COLUMN curated.user_bet_report.average_clv IS 'Mean CLV against the consensus close, of the bets that have one.';
COMMENT ON COLUMN curated.user_bet_report.average_clv_book IS 'Mean CLV against the book''s own close.';
COMMENT ON COLUMN curated.user_bet_report.bets_with_clv IS 'Bets with a consensus CLV (pre-game, at the consensus line).';
GRANT SELECT ON curated.user_bet_report TO mlb_analyst;

COMMIT;
