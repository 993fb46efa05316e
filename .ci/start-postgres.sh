#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the tests and print its URL.
# Usage: eval "$(bash .ci/start-postgres.sh)"   -> exports ANNALYST_TEST_PG
set -euo pipefail
PORT="${ANNALYST_PG_PORT:-55432}"
PGBIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
if [ -z "$PGBIN" ]; then echo "echo 'PostgreSQL is not installed' >&2"; exit 1; fi
DATA="$(mktemp -d /tmp/annalyst-pg.XXXXXX)"
run() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
[ "$(id -u)" = 0 ] && chown postgres "$DATA"
run "'$PGBIN/initdb' -D '$DATA' -A trust -U postgres -E UTF8 --no-locale" >/dev/null
run "'$PGBIN/pg_ctl' -D '$DATA' -w -l '$DATA/server.log' -o \"-p $PORT -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" start" >/dev/null
echo "export ANNALYST_TEST_PG=postgresql://postgres@127.0.0.1:$PORT/postgres"
echo "export ANNALYST_TEST_PG_DATA=$DATA"
