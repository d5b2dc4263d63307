# The two commands (see README.md):
#   make run   — installs what is missing, builds, runs Salesdesk on SQLite with the demo company
#   make test  — installs what is missing, builds, runs every test on SQLite and PostgreSQL
SHELL := /bin/bash
DB ?= salesdesk-demo.db
LISTEN ?= 127.0.0.1:8080
JOBS ?= $(shell nproc)

.PHONY: run test deps test-deps web build-release build-debug format-check bench clean

run: deps web build-release
	./build/release/src/cli/salesdesk demo --db sqlite:$(DB) --if-empty --print-logins
	./build/release/src/cli/salesdesk serve --db sqlite:$(DB) --listen $(LISTEN)

# Order: packages → web build → debug build → ctest (SQLite + PostgreSQL) → Vitest → Playwright
# (headless Debian Chromium against the debug binary; no browser is downloaded).
test: test-deps web build-debug
	scripts/with_postgres.sh ctest --preset debug -j $(JOBS)
	cd web && npm test
	cd web && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 SALESDESK_BINARY=$(CURDIR)/build/debug/src/cli/salesdesk npm run test:e2e

deps:
	scripts/install_deps.sh

# The web app (web/): npm install only when node_modules is missing or package-lock.json is newer
# (the locked versions; `npm ci` is not used because npm 11 writes lock files without the
# platform-specific optional packages of rollup/esbuild and then refuses them in `ci`),
# then the production build into web/dist, which the C++ build embeds into the binary.
web:
	@if [ ! -d web/node_modules ] || [ web/package-lock.json -nt web/node_modules/.package-lock.json ]; then \
	  cd web && npm install --no-audit --no-fund; fi
	cd web && npm run build

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
