#!/usr/bin/env bash
# Runs a command against a throwaway PostgreSQL: Debian's postgresql (installed when missing),
# a new cluster in a temporary folder listening on a Unix socket only, DATABASE_URL set to it.
# The cluster is stopped and the folder removed whatever happens. For tests that restart it:
# PGDATA (the cluster), PG_CTL (its pg_ctl) and PG_OS_USER (the system user that must run it).
# Usage: bash scripts/with-postgres.sh <command> [args…]
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "Usage: $0 <command> [args…]" >&2
  exit 2
fi

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }
if [ -z "$(pg_bin)" ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "PostgreSQL is missing. Install it with: sudo apt-get install -y postgresql" >&2
    exit 1
  fi
  echo "Installing Debian's PostgreSQL for the sync server tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN="$(pg_bin)"

# initdb refuses to run as root: as root the cluster belongs to the postgres user.
if [ "$(id -u)" -eq 0 ]; then
  DB_USER=postgres
  as_db_user() { runuser -u postgres -- "$@"; }
else
  DB_USER="$(id -un)"
  as_db_user() { "$@"; }
fi

DIR="$(mktemp -d /tmp/with-postgres.XXXXXX)"
[ "$(id -u)" -eq 0 ] && chown postgres: "$DIR"
cleanup() {
  as_db_user "$BIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT

as_db_user "$BIN/initdb" -D "$DIR/data" -U "$DB_USER" -A trust -E UTF8 >"$DIR/initdb.log" ||
  { cat "$DIR/initdb.log" >&2; exit 1; }
as_db_user "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
  -o "-c listen_addresses='' -k $DIR -c fsync=off" start >/dev/null ||
  { cat "$DIR/server.log" >&2; exit 1; }

export DATABASE_URL="postgresql://$DB_USER@/postgres?host=$DIR"
export PGDATA="$DIR/data" PG_CTL="$BIN/pg_ctl" PG_OS_USER="$DB_USER"
"$@"
