# The two commands a user needs are `make demo` and `make test`; the rest are
# conveniences. All of them are safe to run again.
SHELL := /bin/bash
DEV := ./scripts/dev.sh

.PHONY: demo test deps venv db-start db-stop deploy upgrade psql pg-env docs bench live-day digests coverage replica replica-drop

demo: ## install what is missing, start PostgreSQL, deploy, run the pipeline on the sample day
	@$(DEV) demo

test: ## install what is missing and run every test on a throwaway cluster
	@$(DEV) test

deps: ; @$(DEV) deps
venv: ; @$(DEV) venv
db-start: ; @$(DEV) db-start
db-stop: ; @$(DEV) db-stop
deploy: ; @$(DEV) deploy
upgrade: ## move a database deployed from an earlier plan to this one by replay (backup first)
	@$(DEV) upgrade
psql: ; @$(DEV) psql
pg-env: ; @$(DEV) pg-env
docs: ## regenerate docs/data-dictionary.md from the database comments
	@$(DEV) deploy && eval "$$($(DEV) pg-env)" && .venv/bin/python scripts/data_dictionary.py
bench: ## season-scale benchmark on a throwaway cluster (ARGS="--games 243" for a tenth)
	@$(DEV) bench $(ARGS)
live-day: ## the whole product for a slate on the real clock, scored against its truth (SCENARIO=bench/scenarios/short.json)
	@$(DEV) live-day $(SCENARIO)
digests: ## staging and curated digests after known loads, compared with bench/digests.json (ARGS=--write to record)
	@$(DEV) digests $(ARGS)
replica: ## a hot standby of the local cluster (streaming replication) serving the analyst views, port 54359
	@$(DEV) replica
replica-drop: ## stop and remove the hot standby and the primary's replication slot
	@$(DEV) replica-drop
coverage: ## the share of routines called and PL/pgSQL statements run by the pgTAP suite alone
	@$(DEV) coverage
