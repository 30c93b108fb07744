-- Revert mlb:sources/action_network/v1_prices (reworked after v0.3.0): team totals unstated again
\ir ../../../deploy/sources/action_network/v1_prices@v0.3.0.sql
