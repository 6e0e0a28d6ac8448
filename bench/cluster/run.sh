#!/usr/bin/env bash
# Two WildFly nodes in the HA configuration (seminardesk-ha.xml) on one PostgreSQL, load spread over both,
# faults injected: both started at once on an empty database; a session made on one node serves on the
# other; a node killed (kill -9) in the middle of a reminder run; the SMTP server stopped and started again;
# 10 000 registration attempts for 100 seats; a node killed and restarted under load; the rate limit counted
# once across both nodes. Prints every figure; exits non-zero if any is off. See README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
ATTEMPTS=${ATTEMPTS:-10000}
SEATS=${SEATS:-100}
REMINDED=${REMINDED:-1000}
ANNOUNCED=${ANNOUNCED:-300}
OUTAGE_SECONDS=${OUTAGE_SECONDS:-15}
RESTART_ATTEMPTS=${RESTART_ATTEMPTS:-6000}
THREADS=${THREADS:-16}
LIMIT=${LIMIT:-20}
DB=${BENCH_DB:-seminardesk_cluster}
GREENMAIL_VERSION=2.1.13
SMTP_INNER=3525; SMTP_GATE=3526; MAIL_CONTROL=http://127.0.0.1:3590
A_OFF=500; B_OFF=600; A="http://localhost:8580/"; B="http://localhost:8680/"

failures=()
verdict() {
    local label=$1; shift
    if "$@"; then printf '  ok     %s\n' "$label"; else printf '  WRONG  %s\n' "$label"; failures+=("$label"); fi
}
sql() { "${PSQL[@]}" -d "$DB" -c "$1"; }
received() { curl -sf "$MAIL_CONTROL/count"; }
# wait_for SECONDS SQL: until the query answers t.
wait_for() {
    local deadline=$((SECONDS + $1))
    until [ "$(sql "$2")" = t ]; do
        [ $SECONDS -lt $deadline ] || { echo "  (gave up waiting after $1 s: $2)"; return 1; }
        sleep 0.5
    done
}
# delivery IDS_FILE: "distinct total duplicates missing" of those outbox rows among the messages GreenMail holds.
delivery() {
    curl -sf "$MAIL_CONTROL/messages" > "$bench_work/messages.txt"
    awk 'NR == FNR { due[$1] = 1; next }
         { split($1, part, "."); id = part[2]; if (id in due) copies[id]++ }
         END { for (id in due) { if (id in copies) { distinct++; total += copies[id]; if (copies[id] > 1) extra += copies[id] - 1 } else missing++ }
               printf "%d %d %d %d\n", distinct, total, extra, missing }' "$1" "$bench_work/messages.txt"
}
attempts() { java "$here/Attempts.java" "$A,$B" "$organisation" "$1" "$2" "$THREADS" "$3" "$bench_work/$3.ids" 2>"$bench_work/$3.err"; }
all_stored() { # KEYS_FILE SEMINAR: how many of the accepted registrations (by Idempotency-Key) are in the database
    local keys; keys=$(cut -d' ' -f1 "$1" | paste -sd, -)
    # through stdin: 10 000 keys are too long for a command line
    echo "SELECT count(*) FROM idempotency_key k JOIN registration r ON r.id = k.registration_id
          WHERE r.seminar_id = $2 AND k.idem_key = ANY('{${keys}}'::text[])" | "${PSQL[@]}" -d "$DB" -f -
}

ensure_built
(cd "$root" && mvn -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:$GREENMAIL_VERSION -DoutputDirectory="$bench_work")
java -cp "$bench_work/greenmail-standalone-$GREENMAIL_VERSION.jar" "$here/MailSink.java" $SMTP_INNER $SMTP_GATE 3590 \
    > "$bench_work/mailsink.out" 2>&1 &
sink=$!
trap 'kill $sink 2>/dev/null || true; stop_nodes' EXIT
fresh_database "$DB"

export SERVER_CONFIG=seminardesk-ha.xml SMTP_HOST=127.0.0.1 SMTP_PORT=$SMTP_GATE SEMINARDESK_MAIL_POLL_SECONDS=1 \
    SEMINARDESK_MAIL_RETRY_BASE_SECONDS=2 SEMINARDESK_MAIL_MAX_ATTEMPTS=30 SEMINARDESK_REMINDERS_POLL_SECONDS=2 \
    SEMINARDESK_MAIL_CLAIM_LEASE_SECONDS=${CLAIM_LEASE_SECONDS:-20}
# Both at once on the empty database with the demo data on, as an operator starting a new cluster would.
DEMO_DATA=true start_node $A_OFF "$DB"; DEMO_DATA=true start_node $B_OFF "$DB"
both_ready=yes; wait_ready $A_OFF || both_ready=no; wait_ready $B_OFF || both_ready=no
for _ in $(seq 1 30); do received >/dev/null 2>&1 && break; sleep 1; done
printf '\nCluster benchmark: 2 WildFly nodes (seminardesk-ha.xml), PostgreSQL, GreenMail %s, %s cores, %s client threads\n' \
    "$GREENMAIL_VERSION" "$(nproc)" "$THREADS"
if formed_in=$(wait_for_cluster 2 $A_OFF $B_OFF); then
    cluster_state="both views hold 2 members, $formed_in s after both were ready"
else   # the views are asked again only to say what went wrong
    cluster_state="after 90 s A sees $(cluster_members $A_OFF) members, B sees $(cluster_members $B_OFF)"
fi
verdict "one cluster formed through the database (JDBC_PING): $cluster_state" [ -n "$formed_in" ]

echo "-- both nodes started at once on the empty database"
# SQL migrations and the Java ones (platform/persistence/V*__*.java)
migrations=$(( $(ls "$root/src/main/resources/db/migration" | wc -l) + $(ls "$root/src/main/java/org/seminardesk/platform/persistence" | grep -c '^V[0-9]*__') ))
applied=$(sql "SELECT count(*) FROM flyway_schema_history WHERE success AND version IS NOT NULL")
demo_organisations=$(grep -c '"facilityType"' "$root/src/main/resources/demo/demo-data.json")
organisations=$(sql "SELECT count(*) FROM organisation")
admins=$(sql "SELECT count(*) FROM user_account")
printf '  migrations applied %s of %s; organisations %s (demo data: %s); accounts %s\n' \
    "$applied" "$migrations" "$organisations" "$demo_organisations" "$admins"
verdict "both nodes ready" [ "$both_ready" = yes ]
verdict "the schema migrated once (Flyway's lock), the demo data and the first admin made once" \
    [ "$applied" = "$migrations" -a "$organisations" = "$demo_organisations" -a "$admins" = 1 ]

echo "-- sessions"
curl -sf "${auth[@]}" "${A}api/admin/users" >/dev/null
on_b=$(curl -s -o /dev/null -w '%{http_code}' -b "$bench_work/cookies" "${B}api/admin/users")
verdict "signed in on A, the session cookie alone serves on B: HTTP $on_b" [ "$on_b" = 200 ]

organisation=$(organisations "$DB" 20000 クラスタ確認)

echo "-- reminder run, node A killed (kill -9) in the middle"
reminded=$(published_seminar "$A" "reminders" "$REMINDED")
read -r _ rem_ok _ _ _ _ _ _ < <(attempts "$reminded" "$REMINDED" rem)
wait_for 300 "SELECT count(*) = 0 FROM mail_outbox WHERE status = 'PENDING'"   # the confirmations are out
before=$(received)
# Registered 40 days ago for a seminar 20 hours from now: its 24-hour reminder is due (the 168-hour one superseded).
sql "UPDATE registration SET confirmed_at = confirmed_at - interval '40 days' WHERE seminar_id = $reminded;
     UPDATE seminar SET starts_at = now() + interval '20 hours', ends_at = now() + interval '22 hours' WHERE id = $reminded" >/dev/null
deadline=$((SECONDS + 120))
until [ $(( $(received) - before )) -ge $((REMINDED / 3)) ] || [ $SECONDS -gt $deadline ]; do sleep 0.05; done
kill_node $A_OFF
at_kill=$(( $(received) - before ))
claimed=$(sql "SELECT count(*) FROM mail_outbox WHERE kind = 'seminar-reminder' AND status = 'PENDING' AND claimed_by IS NOT NULL")
killed_at=$SECONDS
wait_for 300 "SELECT count(*) = $REMINDED FROM mail_outbox WHERE kind = 'seminar-reminder' AND status = 'SENT'" || true
took=$((SECONDS - killed_at))
sql "SELECT m.id FROM mail_outbox m JOIN registration r ON r.id = m.registration_id
     WHERE m.kind = 'seminar-reminder' AND r.seminar_id = $reminded" > "$bench_work/reminders.ids"
read -r rem_distinct rem_total rem_extra rem_missing < <(delivery "$bench_work/reminders.ids")
recorded=$(sql "SELECT count(*) FROM reminder_delivery d JOIN registration r ON r.id = d.registration_id
                WHERE r.seminar_id = $reminded AND d.outcome = 'SENT'")
printf '  %s registered; killed A after %s reminders had arrived, %s still claimed; all sent %s s after the kill\n' \
    "$rem_ok" "$at_kill" "$claimed" "$took"
printf '  reminders due %s, outbox rows %s, delivered %s distinct in %s messages, %s missing, %s twice\n' \
    "$REMINDED" "$(wc -l < "$bench_work/reminders.ids")" "$rem_distinct" "$rem_total" "$rem_missing" "$rem_extra"
verdict "one reminder recorded and queued per registration" [ "$recorded" = "$REMINDED" -a "$(wc -l < "$bench_work/reminders.ids")" = "$REMINDED" ]
verdict "every due reminder delivered (by B after the kill)" [ "$rem_distinct" = "$REMINDED" -a "$rem_missing" = 0 ]
# The one mail the killed node may have had accepted by SMTP but not yet recorded goes again, same Message-ID.
verdict "delivered once, bar at most the one mail in flight at the kill (same Message-ID): $rem_extra" [ "$rem_extra" -le 1 ]
launch_node $A_OFF "$DB"; wait_ready $A_OFF

echo "-- SMTP server stopped for ${OUTAGE_SECONDS} s, then started again"
sql "INSERT INTO organisation (version, name, facility_type, email, preferred_language)
     SELECT 0, '停止確認 ' || i, 'OTHER', 'outage-' || i || '@cluster.example.org', 'ja' FROM generate_series(1, $ANNOUNCED) AS i" >/dev/null
curl -sf -X POST "$MAIL_CONTROL/close" >/dev/null
announcement=$(api "$A" api/manage/announcements '{"subjectJa":"SMTP停止の確認","bodyJa":"お知らせです。","audience":"ALL_ORGANISATIONS"}' | id_of)
api "$B" "api/manage/announcements/$announcement/send" '' >/dev/null
sleep "$OUTAGE_SECONDS"
sql "SELECT id FROM mail_outbox WHERE announcement_id = $announcement" > "$bench_work/announcement.ids"
read -r during _ _ _ < <(delivery "$bench_work/announcement.ids")
tried=$(sql "SELECT count(*) FROM mail_outbox WHERE announcement_id = $announcement AND status = 'PENDING' AND attempts > 0")
curl -sf -X POST "$MAIL_CONTROL/open" >/dev/null
reopened_at=$SECONDS
wait_for 180 "SELECT count(*) = 0 FROM mail_outbox WHERE announcement_id = $announcement AND status <> 'SENT'" || true
took=$((SECONDS - reopened_at))
read -r ann_distinct ann_total ann_extra ann_missing < <(delivery "$bench_work/announcement.ids")
printf '  %s queued; while stopped: %s delivered, %s waiting after failed attempts; all sent %s s after the restart\n' \
    "$(wc -l < "$bench_work/announcement.ids")" "$during" "$tried" "$took"
printf '  delivered %s distinct in %s messages, %s missing, %s twice\n' "$ann_distinct" "$ann_total" "$ann_missing" "$ann_extra"
verdict "nothing delivered while SMTP was down, every mail waiting" [ "$during" = 0 -a "$tried" = "$ANNOUNCED" ]
verdict "all mails delivered exactly once after the restart" [ "$ann_distinct" = "$ANNOUNCED" -a "$ann_total" = "$ANNOUNCED" ]

echo "-- $ATTEMPTS registration attempts for $SEATS seats, spread over both nodes"
hot=$(published_seminar "$A" "attempts" "$SEATS")
read -r tried_n accepted failed_over fives others unanswered secs rps < <(attempts "$hot" "$ATTEMPTS" hot)
stored=$(sql "SELECT count(*) FROM registration WHERE seminar_id = $hot")
confirmed=$(sql "SELECT count(*) FROM registration r JOIN participant p ON p.registration_id = r.id WHERE r.seminar_id = $hot AND r.status = 'CONFIRMED'")
waitlisted=$(sql "SELECT count(*) FROM registration WHERE seminar_id = $hot AND status = 'WAITLISTED'")
found=$(all_stored "$bench_work/hot.ids" "$hot")
bad=$(overbooked "$DB")
printf '  %s attempts in %s s (%s/s): %s accepted, %s other 4xx, %s 5xx, %s unanswered, %s retried on the other node\n' \
    "$tried_n" "$secs" "$rps" "$accepted" "$others" "$fives" "$unanswered" "$failed_over"
printf '  stored %s (accepted ones found: %s), confirmed %s, waitlisted %s, overbooked seminars %s\n' \
    "$stored" "$found" "$confirmed" "$waitlisted" "$bad"
verdict "exactly $SEATS confirmed, the rest waitlisted" [ "$confirmed" = "$SEATS" -a "$waitlisted" = $((ATTEMPTS - SEATS)) ]
verdict "0 lost: every attempt answered and stored once" [ "$accepted" = "$ATTEMPTS" -a "$stored" = "$ATTEMPTS" -a "$found" = "$ATTEMPTS" -a "$unanswered" = 0 ]
verdict "0 5xx" [ "$fives" = 0 -a "$bad" = 0 ]

echo "-- node B killed (kill -9) and restarted under load ($RESTART_ATTEMPTS attempts)"
busy=$(published_seminar "$A" "restart" "$RESTART_ATTEMPTS")
attempts "$busy" "$RESTART_ATTEMPTS" busy > "$bench_work/busy.out" &
load=$!
wait_for 300 "SELECT count(*) >= $((RESTART_ATTEMPTS / 5)) FROM registration WHERE seminar_id = $busy"
kill_node $B_OFF
killed_at=$SECONDS
launch_node $B_OFF "$DB"; wait_ready $B_OFF
back=$((SECONDS - killed_at))
wait $load
read -r tried_n accepted failed_over fives others unanswered secs _ < "$bench_work/busy.out"
stored=$(sql "SELECT count(*) FROM registration WHERE seminar_id = $busy")
found=$(all_stored "$bench_work/busy.ids" "$busy")
on_b=$(curl -s -o /dev/null -w '%{http_code}' -b "$bench_work/cookies" "${B}api/admin/users")
printf '  %s attempts in %s s: B back after %s s; %s accepted, %s retried on the other node, %s 5xx, %s other 4xx, %s unanswered\n' \
    "$tried_n" "$secs" "$back" "$accepted" "$failed_over" "$fives" "$others" "$unanswered"
printf '  stored %s, accepted ones found %s; the session from A on the restarted B: HTTP %s\n' "$stored" "$found" "$on_b"
verdict "no committed registration lost, none doubled by a retry" [ "$found" = "$accepted" -a "$stored" = "$accepted" -a "$accepted" = "$RESTART_ATTEMPTS" ]
verdict "0 5xx, every attempt answered" [ "$fives" = 0 -a "$unanswered" = 0 ]
verdict "the session survived B's restart (replicated from A)" [ "$on_b" = 200 ]

echo "-- rate limit across the nodes: both restarted with a limit of $LIMIT a minute, requests from one address alternate"
kill_node $A_OFF; kill_node $B_OFF
RATE_LIMIT=$LIMIT launch_node $A_OFF "$DB"; RATE_LIMIT=$LIMIT launch_node $B_OFF "$DB"
wait_ready $A_OFF; wait_ready $B_OFF
while [ "$(date +%-S)" -gt 40 ]; do sleep 1; done   # all requests within one minute's window
passed_a=0; passed_b=0; refused=0; unknown_token=$(printf 'x%.0s' $(seq 1 43))
for i in $(seq 1 $((2 * LIMIT))); do
    if [ $((i % 2)) = 1 ]; then node=$A; else node=$B; fi
    code=$(curl -s -o /dev/null -w '%{http_code}' "${node}api/registrations/$unknown_token")
    case "$code:$node" in
        404:"$A") passed_a=$((passed_a + 1)) ;;
        404:"$B") passed_b=$((passed_b + 1)) ;;
        429:*) refused=$((refused + 1)) ;;
    esac
done
printf '  %s token guesses: let through %s by A and %s by B, %s refused with 429\n' $((2 * LIMIT)) "$passed_a" "$passed_b" "$refused"
verdict "the limit holds once across both nodes, not once per node" [ $((passed_a + passed_b)) = "$LIMIT" -a "$refused" = "$LIMIT" ]

if [ ${#failures[@]} -gt 0 ]; then
    printf '\ncluster check FAILED: %s\n' "${failures[*]}"
    exit 1
fi
echo "cluster check passed"
