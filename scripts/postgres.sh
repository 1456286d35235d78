#!/usr/bin/env bash
# Installs (if missing) and starts a PostgreSQL server on loopback for FiberDesk's tests, with
# a login role able to create the throw-away databases the tests use. Idempotent. Prints the
# admin URL the tests take as FIBERDESK_TEST_POSTGRES.
set -euo pipefail

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "postgres: installing the PostgreSQL server" >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q >&2
    "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends postgresql >&2
fi

read -r version cluster port status _ < <(pg_lsclusters --no-header | head -n 1)
if [ -z "${version:-}" ]; then
    echo "postgres: no cluster found" >&2
    exit 1
fi
if [ "$status" != "online" ]; then
    "${as_root[@]}" pg_ctlcluster "$version" "$cluster" start >&2
fi

role=fiberdesk_test
password=fiberdesk_test
as_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        su postgres -s /bin/sh -c "$1"
    else
        sudo -u postgres sh -c "$1"
    fi
}
# CREATEDB only: each test makes a database of its own and drops it.
as_postgres "psql -q -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '$role'\" | grep -q 1 \
    || psql -q -p $port -c \"CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password'\"" >&2
# The role the PostgreSQL tests run FiberDesk as after `init --runtime-role` (issue 14): it
# owns nothing, so what it may do to the audit tables is only what init grants it.
as_postgres "psql -q -p $port -tAc \"SELECT 1 FROM pg_roles WHERE rolname = '${role}_runtime'\" | grep -q 1 \
    || psql -q -p $port -c \"CREATE ROLE ${role}_runtime LOGIN PASSWORD '${password}_runtime'\"" >&2
# A test's database is dropped even while the server's own workers still look at it.
as_postgres "psql -q -p $port -c \"GRANT pg_signal_backend TO $role\"" >&2
# Throw-away test data: its commits need not wait for the disk.
as_postgres "psql -q -p $port -c \"ALTER ROLE $role SET synchronous_commit = off\"" >&2
echo "postgresql://$role:$password@127.0.0.1:$port/postgres"
