#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on loopback for the tests: Debian's server binaries, a data
# folder under /tmp, trust authentication on 127.0.0.1 only. initdb refuses to run as root,
# so the cluster belongs to the `postgres` user (created by Debian's package).
#
#   bash scripts/postgres-cluster.sh start   # prints the URL to export as LIAISON_TEST_POSTGRES_URL
#   bash scripts/postgres-cluster.sh stop
set -euo pipefail

PORT="${LIAISON_PG_PORT:-55432}"
DATA="${LIAISON_PG_DATA:-/tmp/liaison-pg-$PORT}"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
if [ -z "$BIN" ]; then
  echo "PostgreSQL server binaries not found (apt-get install -y postgresql)" >&2
  exit 1
fi

as_postgres() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

case "${1:-start}" in
  start)
    if ! [ -f "$DATA/PG_VERSION" ]; then
      mkdir -p "$DATA"
      [ "$(id -u)" = 0 ] && chown postgres:postgres "$DATA"
      as_postgres "'$BIN/initdb' -D '$DATA' -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null"
    fi
    if ! as_postgres "'$BIN/pg_ctl' -D '$DATA' status >/dev/null 2>&1"; then
      # Sized for tests: many short-lived databases and pools from parallel test files.
      as_postgres "'$BIN/pg_ctl' -D '$DATA' -l '$DATA/server.log' -w -t 60 start \
        -o \"-h 127.0.0.1 -p $PORT -k /tmp -c max_connections=300 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\"" >/dev/null
    fi
    echo "postgres://postgres@127.0.0.1:$PORT/postgres"
    ;;
  stop)
    as_postgres "'$BIN/pg_ctl' -D '$DATA' -m fast stop" >/dev/null 2>&1 || true
    ;;
  restart)
    as_postgres "'$BIN/pg_ctl' -D '$DATA' -m fast -w restart" >/dev/null
    ;;
  *)
    echo "usage: $0 start|stop|restart" >&2
    exit 2
    ;;
esac
