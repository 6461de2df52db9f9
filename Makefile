# The two commands a newcomer needs: `make demo` and `make test`.
# Both create .venv when it is missing and install the project into it: the
# demo only what crosscheck needs to run, the tests also the test extras (Ray,
# pyarrow, psycopg, Playwright...: about a gigabyte more). One stamp file each.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.installed-runtime
TESTING := $(VENV)/.installed-test

.PHONY: demo test bench eval gate clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUNTIME): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

$(TESTING): $(BIN)/python pyproject.toml
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(TESTING) $(RUNTIME)

## demo: run the main job on the bundled sample corpus into ./demo.db
demo: $(RUNTIME)
	rm -f demo.db demo.db-wal demo.db-shm
	$(BIN)/crosscheck ingest examples/sample --db demo.db
	$(BIN)/crosscheck run examples/sample --db demo.db --format json > demo-brief.json
	$(BIN)/crosscheck run examples/sample --db demo.db --format md > demo-brief.md
	$(BIN)/crosscheck run examples/sample --db demo.db --format html --quiet > demo-report.html
	@echo
	@echo "Store:            demo.db  (try: $(BIN)/crosscheck stories --db demo.db)"
	@echo "Brief (JSON):     demo-brief.json"
	@echo "Brief (Markdown): demo-brief.md"
	@echo "Report (HTML):    demo-report.html  (one file; open it in a browser)"
	@echo "Web page:         $(BIN)/crosscheck serve --db demo.db  then open http://127.0.0.1:8000/"

## test: the whole suite, quality gates included, on two processes (pytest-xdist;
## tests/conftest.py says what runs together)
test: $(TESTING)
	$(BIN)/python -m pytest -q -n 2

## eval: print the quality figures the gates check
eval: $(TESTING)
	$(BIN)/python -m crosscheck.eval.html_extraction
	$(BIN)/python -m crosscheck.eval.claims
	$(BIN)/python -m crosscheck.eval.stories
	$(BIN)/python -m crosscheck.eval.findings
	$(BIN)/python -m crosscheck.eval.facts
	$(BIN)/python -m crosscheck.eval.notes
	$(BIN)/python -m crosscheck.eval.brief
	$(BIN)/python -m crosscheck.eval.layout_reading
	$(BIN)/python -m crosscheck.eval.inferred_dates
	$(BIN)/python -m crosscheck.eval.language
	$(BIN)/python -m crosscheck.eval.relations

## bench: throughput and peak memory on ../shared/data/baly-articles (about 45 minutes;
## docs/scaling.md has the figures)
bench: $(TESTING)
	$(BIN)/python bench/bench_ingest.py
	$(BIN)/python bench/bench_claims.py
	$(BIN)/python bench/bench_stories.py
	$(BIN)/python bench/bench_pipeline.py
	$(BIN)/python bench/bench_facts.py
	$(BIN)/python bench/bench_web.py --seconds 60 --clients 8 \
	  --write ../shared/data/baly-articles/baly-articles-8k.jsonl.gz
	$(BIN)/python bench/bench_store.py
	$(BIN)/python bench/bench_engines.py --limit 1000
	$(BIN)/python bench/bench_keyed.py
	$(BIN)/python bench/bench_search.py
	$(BIN)/python bench/bench_language.py
	$(BIN)/python bench/bench_posts.py --posts 2000
	$(BIN)/python bench/bench_order.py --limit 2400
	$(BIN)/python bench/bench_order.py --corpus allsides

clean:
	rm -rf $(VENV) demo.db demo.db-wal demo.db-shm demo-brief.json demo-brief.md demo-report.html
