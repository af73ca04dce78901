#!/usr/bin/env bash
# Makes sure a local PostgreSQL server runs for the tests, and prints the URL of a role that may create
# databases. Installs Debian's postgresql when it is missing. Exits non-zero (and the tests then fail,
# never skip) when no server can be had.
set -euo pipefail
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo -n "$@"; fi; }
as_postgres() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$1"; else sudo -n -u postgres sh -c "$1"; fi; }

if ! command -v pg_lsclusters >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql..." >&2
  "$(dirname "${BASH_SOURCE[0]}")/apt-install.sh" postgresql >&2
fi
cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  version=$(ls /usr/lib/postgresql | sort -n | tail -1)
  as_root pg_createcluster "$version" main >&2
  cluster="$version main"
fi
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  as_root pg_ctlcluster $cluster start >&2
fi
port=$(pg_lsclusters --no-header | awk 'NR==1 {print $3}')
for _ in $(seq 1 30); do
  as_postgres "psql -p $port -tAc 'SELECT 1'" >/dev/null 2>&1 && break
  sleep 1
done
as_postgres "psql -p $port -v ON_ERROR_STOP=1 -tAc \"DO \\\$\\\$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'sitrep') THEN CREATE ROLE sitrep LOGIN CREATEDB PASSWORD 'sitrep'; END IF; END \\\$\\\$;\"" >/dev/null
echo "postgres://sitrep:sitrep@127.0.0.1:$port/postgres"
