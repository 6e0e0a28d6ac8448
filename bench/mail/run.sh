#!/usr/bin/env bash
# Mails per second from the outbox to an SMTP server: one announcement to MAILS organisations, sent by the
# built server on PostgreSQL to an SMTP server on this machine: the discarding sink (bench/SmtpSink.java,
# SMTP_SERVER=sink, the default), which costs the shared cores next to nothing, or GreenMail standalone
# (SMTP_SERVER=greenmail), which parses and keeps every message on the same two cores. Prints the figures;
# exits non-zero if any mail failed or the SMTP server did not receive every one. See README.md beside this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
MAILS=${MAILS:-3000}
SMTP_SERVER=${SMTP_SERVER:-sink}
DB=${BENCH_DB:-seminardesk_bench_mail}
GREENMAIL_VERSION=2.1.13
SMTP_PORT=3325
GREENMAIL_API=http://127.0.0.1:3380/api
OFFSET=800   # beside the two-node check (300 and 400) in .ci/run
BASE="http://localhost:$((8080 + OFFSET))/"

ensure_built
if [ "$SMTP_SERVER" = greenmail ]; then
    (cd "$root" && mvn -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION \
        -DoutputDirectory="$bench_work")
    java -Dgreenmail.smtp.hostname=127.0.0.1 -Dgreenmail.smtp.port=$SMTP_PORT -Dgreenmail.auth.disabled \
        -Dgreenmail.api.hostname=127.0.0.1 -Dgreenmail.api.port=3380 \
        -jar "$bench_work/greenmail-standalone-$GREENMAIL_VERSION.jar" > "$bench_work/greenmail.out" 2>&1 &
    greenmail=$!
    trap 'kill $greenmail 2>/dev/null || true; stop_nodes' EXIT
else
    start_smtp_sink $SMTP_PORT
fi

fresh_database "$DB"
SMTP_HOST=127.0.0.1 SMTP_PORT=$SMTP_PORT SEMINARDESK_MAIL_POLL_SECONDS=1 start_node $OFFSET "$DB"
wait_ready $OFFSET
if [ "$SMTP_SERVER" = greenmail ]; then
    for _ in $(seq 1 30); do curl -sf "$GREENMAIL_API/configuration" >/dev/null && break; sleep 1; done
fi

# The audience, written straight into the database: setting up is not what is measured.
"${PSQL[@]}" -d "$DB" -c "INSERT INTO organisation (version, name, facility_type, email, preferred_language)
    SELECT 0, 'ベンチ事業所 ' || i, 'OTHER', 'bench-' || i || '@example.org', CASE WHEN i % 10 = 0 THEN 'en' ELSE 'ja' END
    FROM generate_series(1, $MAILS) AS i"

announcement=$(api "$BASE" api/manage/announcements "{\"subjectJa\":\"ベンチマークのお知らせ\",
    \"bodyJa\":\"$(printf '研修会のご案内です。%.0s' $(seq 1 20))\",\"subjectEn\":\"Benchmark\",\"bodyEn\":\"An announcement.\",
    \"audience\":\"ALL_ORGANISATIONS\"}" | id_of)

now_ms() { date +%s%3N; }
progress() { curl -sf "${auth[@]}" "${BASE}api/manage/announcements/$announcement" | grep -o '"progress":{[^}]*}'; }
field() { grep -o "\"$1\":[0-9]*" | cut -d: -f2; }

started=$(now_ms)
api "$BASE" "api/manage/announcements/$announcement/send" '' >/dev/null
queued=$(now_ms)
while :; do
    p=$(progress)
    done_count=$(( $(echo "$p" | field sent) + $(echo "$p" | field failed) ))
    [ "$done_count" -ge "$MAILS" ] && break
    [ $(( $(now_ms) - started )) -gt 600000 ] && { echo "not delivered within 10 minutes: $p" >&2; exit 1; }
    sleep 0.1
done
finished=$(now_ms)

sent=$(echo "$p" | field sent); failed=$(echo "$p" | field failed)
if [ "$SMTP_SERVER" = greenmail ]; then
    received=$(curl -sf "$GREENMAIL_API/user" | grep -o '"email":"bench-[0-9]*@example.org"' | sort -u | wc -l)
    receiver="GreenMail $GREENMAIL_VERSION"
else
    received=$(cut -d' ' -f2 "$bench_work/sink-$SMTP_PORT.count")
    receiver="the discarding SMTP sink"
fi
per_second() { awk -v n="$1" -v ms="$2" 'BEGIN { printf "%.0f", (ms > 0 ? n * 1000 / ms : 0) }'; }

printf '\nMail benchmark: %d mails, one announcement, PostgreSQL, %s, %s cores\n' "$MAILS" "$receiver" "$(nproc)"
printf '%-40s %8s ms\n' "queued (send request, one transaction)" $((queued - started))
printf '%-40s %8s ms\n' "delivered (send request to last SENT)" $((finished - started))
printf '%-40s %8s /s\n' "outbox to SMTP, end to end" "$(per_second "$MAILS" $((finished - started)))"
printf '%-40s %8s /s\n' "dispatch only (after queueing)" "$(per_second "$MAILS" $((finished - queued)))"
printf 'sent %s, failed %s, distinct recipients at the SMTP server %s\n' "$sent" "$failed" "$received"
[ "$failed" = "0" ] && [ "$sent" = "$MAILS" ] && [ "$received" = "$MAILS" ]
