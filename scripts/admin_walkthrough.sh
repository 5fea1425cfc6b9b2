#!/usr/bin/env bash
# Walks docs/ADMIN.md ("Setting up an office" and the sections after it) as written, against a
# scratch database on this machine, and cleans up after itself.
#
#   scripts/admin_walkthrough.sh postgresql     # needs a local PostgreSQL and its client tools
#   scripts/admin_walkthrough.sh sqlite
#
# CRM_ADMIN   the crm-admin to run (default: .venv/bin/crm-admin, else crm-admin on PATH)
# PGHOST, PGPORT, PGUSER   how to reach the server as its superuser (default 127.0.0.1, 5432,
#             postgres); the scratch owner, database and logins get a unique suffix.
set -euo pipefail
mode="${1:-postgresql}"
root="$(cd "$(dirname "$0")/.." && pwd)"
admin="${CRM_ADMIN:-$root/.venv/bin/crm-admin}"
[ -x "$admin" ] || admin="crm-admin"
tag="w$(date +%s)$$"
work="$(mktemp -d "${TMPDIR:-/tmp}/crm-walk.XXXXXX")"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}"
superuser="${PGUSER:-postgres}"
unset PGUSER CRM_DATABASE_URL CRM_PASSWORD
# the workstation's config files live in the scratch folder, not in this user's home
export CRM_CONFIG="$work/user/config.json" CRM_MACHINE_CONFIG="$work/machine/config.json"
export CRM_DATA_DIR="$work/data"

step() { printf '\n== %s\n' "$*"; }
crm() { printf '$ crm-admin %s\n' "$*"; "$admin" "$@"; }
expect_failure() {  # the command must fail with exit code $1
    local want="$1"; shift
    printf '$ crm-admin %s   (must fail with exit code %s)\n' "$*" "$want"
    set +e; "$admin" "$@"; local got=$?; set -e
    [ "$got" = "$want" ] || { echo "expected exit code $want, got $got" >&2; exit 1; }
}
as_postgres() { psql -X -q -v ON_ERROR_STOP=1 -U "$superuser" -d postgres "$@"; }

if [ "$mode" = "postgresql" ]; then
    owner="crm_owner_$tag" db="crm_$tag"
    manager="ivanova_$tag" head="petrov_$tag"
    url="postgresql://$owner@$PGHOST:$PGPORT/$db"
    cleanup() {
        set +e
        as_postgres -c "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
            -c "DROP DATABASE IF EXISTS \"${db}_restored\" WITH (FORCE)"
        for role in $(as_postgres -At -c "SELECT rolname FROM pg_roles WHERE rolname LIKE
                '%\\_$tag%' AND rolname <> '$owner'"); do
            as_postgres -c "DROP ROLE IF EXISTS \"$role\""
        done
        as_postgres -c "DROP ROLE IF EXISTS \"$owner\""
        rm -rf "$work"
    }
    trap cleanup EXIT

    step "1. The database owner and the database (as postgres, once)"
    createuser -U "$superuser" --createrole --createdb "$owner"
    createdb -U "$superuser" --owner="$owner" --locale=C.UTF-8 --template=template0 "$db"

    step "2. Schema, group roles and row-level security"
    crm --db "$url" server init
    crm --db "$url" server status
    crm --db "$url" demo --clients 20 --no-logins  # something for the backup to carry

    step "3. Workstations: a machine-wide config pre-set by the administrator"
    crm config set database_url "postgresql://$PGHOST:$PGPORT/$db" --machine
    crm config show | tee "$work/show.txt"
    grep -q "(machine config)" "$work/show.txt"

    step "4. Backup (checked by restoring it into a scratch database) and restore"
    mkdir -p "$work/backups"
    crm --db "$url" backup "$work/backups" --verify
    dump="$(ls "$work"/backups/*.dump)"
    expect_failure 1 --db "$url" restore "$dump"
    crm --db "$url" restore "$dump" --force
    createdb -U "$superuser" --owner="$owner" --locale=C.UTF-8 --template=template0 "${db}_restored"
    crm --db "postgresql://$owner@$PGHOST:$PGPORT/${db}_restored" restore "$dump"

    step "5. Upgrade: back up, upgrade, re-apply the roles, check"
    crm --db "$url" backup "$work/backups/before-upgrade.dump"
    crm --db "$url" upgrade
    crm --db "$url" server init
    crm --db "$url" current --check

    step "6. Users: each gets a login of their own"
    printf '%s\n' 'Ivanova-pass-1' | crm --db "$url" user add "$manager" --role manager \
        --name "Иванова Мария Сергеевна" --team "Отдел продаж" --password-stdin
    printf '%s\n' 'Petrov-pass-1' | crm --db "$url" user add "$head" --role head \
        --name "Петров Алексей" --team "Отдел продаж" --password-stdin
    crm --db "$url" user list
    CRM_PASSWORD='Ivanova-pass-1' crm --db "$url" whoami --user "$manager"

    step "7. A lost workstation: disable the login"
    crm --db "$url" user disable "$manager"
    CRM_PASSWORD='Ivanova-pass-1' expect_failure 5 --db "$url" whoami --user "$manager"
    crm --db "$url" user enable "$manager"
else
    trap 'rm -rf "$work"' EXIT
    url="sqlite:///$work/srv/crm.sqlite3"

    step "1. The database file"
    crm --db "$url" init

    step "2. Users"
    printf '%s\n' 'Admin-pass-1' | crm --db "$url" user add admin --role admin \
        --name "Администратор" --password-stdin
    printf '%s\n' 'Ivanova-pass-1' | crm --db "$url" user add ivanova --role manager \
        --name "Иванова Мария Сергеевна" --password-stdin
    CRM_PASSWORD='Ivanova-pass-1' crm --db "$url" whoami --user ivanova

    step "3. The workstation's config"
    crm config set database_url "$url"
    crm config show | grep -q "(user config)"

    step "4. Backup and restore"
    mkdir -p "$work/backups"
    crm backup "$work/backups" --verify
    copy="$(ls "$work"/backups/*.sqlite3)"
    expect_failure 1 restore "$copy"
    crm restore "$copy" --force

    step "5. Upgrade"
    crm upgrade
    crm current --check

    step "6. A lost workstation: disable the login"
    crm user disable ivanova
    CRM_PASSWORD='Ivanova-pass-1' expect_failure 5 whoami --user ivanova
fi
step "walkthrough finished"
