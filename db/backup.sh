#!/usr/bin/env bash
# Backs up the platform database to a compressed custom-format dump.
#   PGHOST=... PGUSER=overload_control PGPASSWORD=... db/backup.sh [target-dir]
set -euo pipefail
target=${1:-./backups}
mkdir -p "$target"
file="$target/overload_control-$(date +%Y%m%d-%H%M%S).dump"
pg_dump --format=custom --no-owner --dbname="${PGDATABASE:-overload_control}" --file="$file"
echo "Backup written to $file"
