#!/usr/bin/env bash
# Starts a PostgreSQL server on loopback for the tests (Debian's `postgresql`), creates the test
# role and database, and prints the URL the tests read from CORROBORATE_TEST_POSTGRES:
#
#   export CORROBORATE_TEST_POSTGRES=$(bash scripts/postgres-test-server.sh)
#
# Safe to run again: installs, creates and starts only what is missing. Runs as root (CI) or
# through sudo. Exits non-zero when no server can start; the tests then skip with a printed reason.
set -euo pipefail
# Only the URL goes to standard output: every command's own messages (pg_ctlcluster prints
# "Removed stale pid file." on a restored machine) go to standard error. The server itself is
# started without that descriptor, or a caller's $(...) would wait for it to exit.
exec 3>&1 1>&2

role=corroborate
password=corroborate
database=corroborate_test
port=${CORROBORATE_TEST_POSTGRES_PORT:-5432}

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
as_postgres() { (cd / && as_root runuser -u postgres -- "$@"); }
log() { echo "postgres-test-server: $*" >&2; }

if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
    log "installing postgresql"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk '{print $1, $2}' | grep -qx "$version main"; then
    log "creating cluster $version/main on port $port"
    as_root pg_createcluster "$version" main --port "$port" >/dev/null
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $4}' | grep -q online; then
    log "starting cluster $version/main"
    as_root pg_ctlcluster "$version" main start 3>&-
fi

psql_admin() { as_postgres psql --port "$port" --quiet --no-psqlrc --tuples-only --no-align "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" != "1" ]; then
    log "creating role $role"
    psql_admin -c "CREATE ROLE $role LOGIN PASSWORD '$password'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" != "1" ]; then
    log "creating database $database"
    psql_admin -c "CREATE DATABASE $database OWNER $role"
fi

echo "postgres://$role:$password@127.0.0.1:$port/$database" >&3
