# The two commands (see README.md):
#   make run   — installs what is missing, builds, runs Salesdesk on SQLite with the demo company
#   make test  — installs what is missing, builds, runs every test on SQLite and PostgreSQL
SHELL := /bin/bash
DB ?= salesdesk-demo.db
LISTEN ?= 127.0.0.1:8080
JOBS ?= $(shell nproc)

.PHONY: run test deps test-deps build-release build-debug format-check bench clean

run: deps build-release
	./build/release/src/cli/salesdesk demo --db sqlite:$(DB) --if-empty --print-logins
	./build/release/src/cli/salesdesk serve --db sqlite:$(DB) --listen $(LISTEN)

test: test-deps build-debug
	scripts/with_postgres.sh ctest --preset debug -j $(JOBS)

deps:
	scripts/install_deps.sh

test-deps:
	scripts/install_deps.sh --test

build-release:
	cmake --preset release >/dev/null
	cmake --build --preset release -j $(JOBS)

build-debug:
	cmake --preset debug >/dev/null
	cmake --build --preset debug -j $(JOBS)

format-check:
	scripts/format_check.sh

bench: deps build-release
	scripts/with_postgres.sh bench/run_all.sh

clean:
	rm -rf build
