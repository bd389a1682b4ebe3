#!/usr/bin/env bash
# Runs a command against a throwaway Redis: Debian's redis-server (installed when missing),
# listening on a Unix socket only in a temporary folder, with no persistence; REDIS_URL is set
# to the socket and REDIS_CONF to its configuration (a test can restart Redis with it).
# Redis is stopped and the folder removed whatever happens; the command's exit code is passed on.
# Usage: bash scripts/with-redis.sh <command> [args…]
# With PostgreSQL too: bash scripts/with-postgres.sh bash scripts/with-redis.sh <command> …
set -euo pipefail
if [ "$#" -eq 0 ]; then
  echo "Usage: $0 <command> [args…]" >&2
  exit 2
fi

if ! command -v redis-server >/dev/null; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Redis is missing. Install it with: sudo apt-get install -y redis-server" >&2
    exit 1
  fi
  echo "Installing Debian's redis-server for the sync server tests …"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null
fi

DIR="$(mktemp -d /tmp/with-redis.XXXXXX)"
SOCKET="$DIR/redis.sock"
cleanup() {
  redis-cli -s "$SOCKET" shutdown nosave >/dev/null 2>&1 || true
  # shutdown returns before the process is gone; wait for it to release the folder.
  for _ in $(seq 50); do [ -e "$DIR/redis.pid" ] || break; sleep 0.1; done
  rm -rf "$DIR"
}
trap cleanup EXIT

cat >"$DIR/redis.conf" <<CONF
port 0
unixsocket $SOCKET
unixsocketperm 700
dir $DIR
pidfile $DIR/redis.pid
logfile $DIR/redis.log
daemonize yes
save ""
appendonly no
CONF
redis-server "$DIR/redis.conf" || { cat "$DIR/redis.log" >&2; exit 1; }
for _ in $(seq 100); do
  redis-cli -s "$SOCKET" ping >/dev/null 2>&1 && break
  sleep 0.05
done
redis-cli -s "$SOCKET" ping >/dev/null || { cat "$DIR/redis.log" >&2; exit 1; }

export REDIS_URL="$SOCKET"
export REDIS_CONF="$DIR/redis.conf"
"$@"
