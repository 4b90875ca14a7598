#!/usr/bin/env bash
# Restores a dump made by backup.sh into an EMPTY database. Stop the application first.
#   PGHOST=... PGUSER=overload_control PGPASSWORD=... db/restore.sh backups/overload_control-....dump
set -euo pipefail
if [ $# -ne 1 ] || [ ! -f "$1" ]; then
  echo "Usage: db/restore.sh <dump file>" >&2
  exit 2
fi
pg_restore --no-owner --exit-on-error --dbname="${PGDATABASE:-overload_control}" "$1"
echo "Restored $1"
