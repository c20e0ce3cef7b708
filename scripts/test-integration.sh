#!/usr/bin/env bash
# Integration tests on a throwaway SQLite file and, when the local server answers, a
# throwaway PostgreSQL database (KEYWARD_TEST_PG_URL). In CI PostgreSQL is required.
set -euo pipefail
cd "$(dirname "$0")/.."

projects=(--project integration-sqlite)
pg_url="${KEYWARD_TEST_PG_URL:-postgresql://postgres@127.0.0.1:5432/postgres}"
if node -e '
  const pg = require("pg");
  const c = new pg.Client({ connectionString: process.argv[1], connectionTimeoutMillis: 3000 });
  c.connect().then(() => c.end()).then(() => process.exit(0), () => process.exit(1));
' "$pg_url"; then
  projects+=(--project integration-postgresql)
elif [[ "${CI:-}" == "true" ]]; then
  echo "integration: PostgreSQL is not reachable at $pg_url, and CI requires it" >&2
  exit 1
else
  echo "integration: PostgreSQL is not reachable at $pg_url; running the SQLite suite only" >&2
fi
exec npx vitest run "${projects[@]}" "$@"
