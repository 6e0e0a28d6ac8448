#!/usr/bin/env bash
# Erasures on request racing the dispatcher's failed attempts: the SMTP server is down, so every new mail is
# tried and its failure recorded while organisers erase its recipient. Afterwards no erased address may have
# mail again. ROUNDS × 40 addresses (default 10 × 40). Exits non-zero if any has.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
ensure_built
fresh_database bench_erase_race
# Port 2599 has no SMTP server: every attempt fails at once and is recorded as a failure.
SEMINARDESK_MAIL_POLL_SECONDS=1 SMTP_PORT=2599 start_node 700 bench_erase_race
wait_ready 700
base=http://localhost:8780/
first_organisation=$(organisations bench_erase_race $((40 * ${ROUNDS:-10})) 消去競合 | cut -d: -f1)
seminar=$(published_seminar $base erase-race 100000)

erase() {  # in parallel: the session cookie is read, never written
    xargs -P 4 -I{} curl -sf -u "$AUTH" -b "$bench_work/cookies" -H 'Content-Type: application/json' \
        -X POST "${base}api/manage/personal-data/erase" -d '{"email":"{}","confirm":true}' -o /dev/null
}
mails_held_for() {
    api $base api/manage/personal-data/export "{\"email\":\"$1\"}" | { grep -o '"subject"' || true; } | wc -l
}

back=0; erased=0
for round in $(seq 1 "${ROUNDS:-10}"); do
    addresses=()
    for i in $(seq 1 40); do
        address="race-$round-$i-$RANDOM@example.org"; addresses+=("$address")
        curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "${base}api/manage/registrations" -d "{\"privacyConsent\":true,\
\"seminarId\":$seminar,\"organisationId\":$((first_organisation + erased + i - 1)),\"participants\":[{\"name\":\"競合 $i\",\"email\":\"$address\"}]}" >/dev/null
    done
    sleep "0.$((RANDOM % 9))"   # lands the erasures anywhere in the dispatcher's 1 s poll
    printf '%s\n' "${addresses[@]}" | erase
    sleep 2
    for address in "${addresses[@]}"; do
        erased=$((erased + 1))
        if [ "$(mails_held_for "$address")" -gt 0 ]; then back=$((back + 1)); fi
    done
    echo "round $round: $back of $erased erased addresses have mail again"
done
if [ "$back" -ne 0 ]; then
    echo "WRONG: an erasure was undone by a failed attempt recorded at the same time" >&2
    exit 1
fi
echo "ok: every erasure stayed"
