#!/usr/bin/env bash
# Every test Keyward has, in the order that fails fastest: formatting, types, lint, unit, integration
# (SQLite and PostgreSQL), then end-to-end in Chromium against the production build, then the
# hostile-input security suite against that build.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n=== %s ===\n' "$1"; }

step "formatting";        npm run --silent format:check
step "type check";        npm run --silent typecheck
step "lint";              npm run --silent lint
step "unit tests";        npm run --silent test:unit
step "integration tests"; npm run --silent test:integration
step "end-to-end tests";  npm run --silent test:e2e
step "security suite";    npm run --silent test:security
step "crash test";        npm run --silent test:crash
