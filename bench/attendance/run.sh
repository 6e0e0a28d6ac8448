#!/usr/bin/env bash
# Importing a webinar's attendance report of ROWS rows (default 100 000; PEOPLE people, default 20 000, rejoining)
# through the real API into the built server on PostgreSQL, RUNS times (default 3) after one warm-up import.
# Each run is a fresh seminar with REGISTERED confirmed participants (default 500) to match against.
# Prints each import's wall time, people and matches; exits non-zero unless every run took < 5 s.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
ROWS=${ROWS:-100000}
PEOPLE=${PEOPLE:-20000}
REGISTERED=${REGISTERED:-500}
RUNS=${RUNS:-3}
DB=${BENCH_DB:-seminardesk_bench_attendance}
OFFSET=700
BASE="http://localhost:$((8080 + OFFSET))/"

ensure_built
fresh_database "$DB"
start_node $OFFSET "$DB"
wait_ready $OFFSET

# One organisation per registration of 50: an organisation holds one registration per seminar.
first_organisation=$(organisations "$DB" $(((REGISTERED + 49) / 50)) ベンチマーク事業所 | cut -d: -f1)

# seminar_with_participants SEED: a seminar with REGISTERED participants bench-SEED-n@example.org (50 per registration).
seminar_with_participants() {
    local seed=$1 seminar start end people
    start=$(TZ=Asia/Tokyo date -d '+30 days' +%Y-%m-%dT10:00:00+09:00); end=$(TZ=Asia/Tokyo date -d '+30 days' +%Y-%m-%dT12:00:00+09:00)
    seminar=$(api "$BASE" api/seminars "{\"titleJa\":\"ベンチマーク $seed\",\"kind\":\"SEMINAR\",\"format\":\"ONLINE\",
        \"onlineLink\":\"https://meet.example.org/$seed\",\"capacity\":$REGISTERED,\"reminderHoursBefore\":[],
        \"startsAt\":\"$start\",\"endsAt\":\"$end\",\"status\":\"PUBLISHED\"}" | id_of)
    for first in $(seq 0 50 $((REGISTERED - 1))); do
        people=$(for n in $(seq "$first" $((first + 49 < REGISTERED - 1 ? first + 49 : REGISTERED - 1))); do
            printf '{"name":"参加者 %d","email":"bench-%s-%d@example.org"},' "$n" "$seed" "$n"; done)
        curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "${BASE}api/manage/registrations" \
            -d "{\"privacyConsent\":true,\"seminarId\":$seminar,\"organisationId\":$((first_organisation + first / 50)),\"participants\":[${people%,}]}" >/dev/null \
            || { echo "could not register participants $first… for seminar $seminar" >&2; return 1; }
    done
    echo "$seminar"
}

# import SEED: prints "seconds people matched unmatched" for one import of a fresh report.
import() {
    local seed=$1 seminar file answer
    seminar=$(seminar_with_participants "$seed")
    file="$bench_work/report-$seed.csv"
    java "$here/ReportFile.java" "$file" "$ROWS" "$PEOPLE" "$REGISTERED" "$seed" "$(TZ=Asia/Tokyo date -d '+30 days' +%Y-%m-%d)"
    answer=$(curl -sf "${auth[@]}" -H 'Content-Type: text/csv' --data-binary "@$file" \
        -w '\n%{time_total}' "${BASE}api/attendance/seminars/$seminar/imports?fileName=report-$seed.csv")
    echo "$(tail -n 1 <<<"$answer") $(head -n 1 <<<"$answer" | grep -o '"people":[0-9]*' | cut -d: -f2) \
$(head -n 1 <<<"$answer" | grep -o '"matched":[0-9]*' | cut -d: -f2) $(head -n 1 <<<"$answer" | grep -o '"unmatched":[0-9]*' | cut -d: -f2)"
}

import warmup >/dev/null
printf '\nAttendance import: %d rows, %d people, %d registered, PostgreSQL, %s cores, through the HTTP API\n' \
    "$ROWS" "$PEOPLE" "$REGISTERED" "$(nproc)"
printf '%-5s %10s %8s %8s %10s\n' run seconds people matched unmatched
worst=0
for run in $(seq 1 "$RUNS"); do
    read -r seconds people matched unmatched < <(import "run$run")
    printf '%-5s %10s %8s %8s %10s\n' "$run" "$seconds" "$people" "$matched" "$unmatched"
    [ "$matched" = "$REGISTERED" ] || { echo "WRONG: $matched of $REGISTERED registered participants matched" >&2; exit 1; }
    worst=$(awk -v a="$worst" -v b="$seconds" 'BEGIN { print (b > a ? b : a) }')
done
printf 'slowest: %s s (target < 5 s)\n' "$worst"
awk -v worst="$worst" 'BEGIN { exit !(worst < 5) }'
