#!/usr/bin/env bash
# The public seminar page under steady load: RATE requests/s (default 100) for SECONDS (default 60) against
# the built server on PostgreSQL, open loop. Prints the latency figures; exits non-zero unless p99 < 100 ms
# and no request failed. See README.md beside this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
RATE=${RATE:-100}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-60}
DB=${BENCH_DB:-seminardesk_bench_web}
OFFSET=600
BASE="http://localhost:$((8080 + OFFSET))/"

ensure_built
fresh_database "$DB"
start_node $OFFSET "$DB"
wait_ready $OFFSET

speaker=$(api "$BASE" api/speakers '{"name":"近藤 講師","affiliation":"大学","title":"教授"}' | id_of)
start=$(date -u -d '+30 days' +%Y-%m-%dT10:00:00+09:00); end=$(date -u -d '+30 days' +%Y-%m-%dT12:00:00+09:00)
seminar=$(api "$BASE" api/seminars "{\"titleJa\":\"ベンチマーク用セミナー\",\"kind\":\"SEMINAR\",\"format\":\"HYBRID\",
    \"venue\":\"区民会館 第1会議室\",\"onlineLink\":\"https://meet.example.org/bench\",\"capacity\":100,
    \"description\":\"$(printf '就労支援の実践を学ぶ研修です。%.0s' $(seq 1 20))\",\"speakerIds\":[$speaker],
    \"startsAt\":\"$start\",\"endsAt\":\"$end\",\"status\":\"PUBLISHED\"}" | id_of)
page="${BASE}seminar.xhtml?id=$seminar"
curl -sf "$page" | grep -q "ベンチマーク用セミナー"

java "$here/RateClient.java" "$page" "$RATE" 15 >/dev/null   # warm-up, not counted
read -r requests errors p50 p90 p99 max < <(java "$here/RateClient.java" "$page" "$RATE" "$SECONDS_PER_RUN")

printf '\nPublic seminar page: %d requests/s for %d s (open loop), PostgreSQL, %s cores\n' "$RATE" "$SECONDS_PER_RUN" "$(nproc)"
printf '%-10s %8s\n' requests "$requests" errors "$errors" "p50 ms" "$p50" "p90 ms" "$p90" "p99 ms" "$p99" "max ms" "$max"
awk -v p99="$p99" -v errors="$errors" 'BEGIN { exit !(p99 < 100 && errors == 0) }'
