#!/usr/bin/env bash
# Registrations per second over HTTP against the built server on PostgreSQL, next to pgbench doing a
# single-row INSERT with the same number of clients on the same database. Prints the figures and exits
# non-zero if any seminar is overbooked. See README.md beside this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
CLIENTS=${CLIENTS:-16}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-20}
DB=${BENCH_DB:-seminardesk_bench}
OFFSET=300
BASE="http://localhost:$((8080 + OFFSET))/"

ensure_built
fresh_database "$DB"
start_node $OFFSET "$DB"
wait_ready $OFFSET

organisation=$(organisations "$DB" 200000 ベンチマーク事業所)
hot=$(published_seminar "$BASE" hot 1000)
spread=$(for i in $(seq 1 100); do published_seminar "$BASE" "spread $i" 100; done | paste -sd, -)

# Warm the JVM up before measuring.
java "$here/LoadClient.java" "$BASE" "$organisation" "$CLIENTS" 5 "$(published_seminar "$BASE" warmup 100000)" >/dev/null 2>&1

read -r _ hot_ok hot_err hot_rps hot_p50 hot_p99 < <(java "$here/LoadClient.java" "$BASE" "$organisation" "$CLIENTS" "$SECONDS_PER_RUN" "$hot")
read -r _ spread_ok spread_err spread_rps spread_p50 spread_p99 < <(java "$here/LoadClient.java" "$BASE" "$organisation" "$CLIENTS" "$SECONDS_PER_RUN" "$spread")

"${PSQL[@]}" -d "$DB" -c "CREATE TABLE bench_insert (id BIGSERIAL PRIMARY KEY, payload TEXT NOT NULL, created_at TIMESTAMPTZ NOT NULL DEFAULT now())"
echo "INSERT INTO bench_insert (payload) VALUES ('registration');" > "$bench_work/insert.sql"
pgbench_tps=$(pgbench -h 127.0.0.1 -U postgres -n -c "$CLIENTS" -j 2 -T "$SECONDS_PER_RUN" -f "$bench_work/insert.sql" "$DB" 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p' | head -n 1)

overbooked=$(overbooked "$DB")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
printf '\nRegistration benchmark: %d clients, %d s per run, PostgreSQL, %s\n' "$CLIENTS" "$SECONDS_PER_RUN" "$(nproc) cores"
printf '%-26s %10s %8s %8s %8s %10s\n' scenario "per s" errors "p50 ms" "p99 ms" "vs pgbench"
printf '%-26s %10s %8s %8s %8s %10s\n' "one hot seminar" "$hot_rps" "$hot_err" "$hot_p50" "$hot_p99" "$(ratio "$hot_rps" "$pgbench_tps")"
printf '%-26s %10s %8s %8s %8s %10s\n' "100 seminars" "$spread_rps" "$spread_err" "$spread_p50" "$spread_p99" "$(ratio "$spread_rps" "$pgbench_tps")"
printf '%-26s %10s\n' "pgbench single-row INSERT" "$pgbench_tps"
printf 'overbooked or miscounted seminars: %s\n' "$overbooked"
[ "$overbooked" = "0" ] && [ "$hot_err" = "0" ] && [ "$spread_err" = "0" ]
