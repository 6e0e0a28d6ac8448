#!/usr/bin/env bash
# Two WildFly nodes on one PostgreSQL take registrations for the same 100-seat seminar at once: exactly 100
# participants are confirmed, every accepted registration is stored, and no request fails. With
# SERVER_CONFIG=seminardesk-ha.xml (as .ci/run does) the two nodes must also have formed one cluster.
# Exits non-zero if any of that is off. See README.md beside this file.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
source "$here/../lib.sh"
CLIENTS_PER_NODE=${CLIENTS_PER_NODE:-8}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-15}
DB=${BENCH_DB:-seminardesk_two_nodes}

ensure_built
fresh_database "$DB"
start_node 300 "$DB"
wait_ready 300
start_node 400 "$DB"
wait_ready 400
A="http://localhost:8380/"; B="http://localhost:8480/"

# Each node's load registers its own organisations: one registration per organisation and seminar.
range_a=$(organisations "$DB" 50000 二ノード確認A)
range_b=$(organisations "$DB" 50000 二ノード確認B)
seminar=$(published_seminar "$A" "two nodes" 100)

java "$here/LoadClient.java" "$A" "$range_a" "$CLIENTS_PER_NODE" "$SECONDS_PER_RUN" "$seminar" a > "$bench_work/a.out" 2>/dev/null &
load_a=$!
java "$here/LoadClient.java" "$B" "$range_b" "$CLIENTS_PER_NODE" "$SECONDS_PER_RUN" "$seminar" b > "$bench_work/b.out" 2>/dev/null &
load_b=$!
wait $load_a $load_b
read -r a_total a_ok a_err a_rps _ _ < "$bench_work/a.out"
read -r b_total b_ok b_err b_rps _ _ < "$bench_work/b.out"

stored=$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM registration WHERE seminar_id = $seminar")
confirmed=$("${PSQL[@]}" -d "$DB" -c "SELECT count(*) FROM registration r JOIN participant p ON p.registration_id = r.id
                                       WHERE r.seminar_id = $seminar AND r.status = 'CONFIRMED'")
bad=$(overbooked "$DB")
members=$(cluster_members 400)
clustered=true
if [ "${SERVER_CONFIG:-}" = seminardesk-ha.xml ]; then
    [ "$members" = 2 ] || clustered=false
    printf '\ncluster (%s, JDBC_PING): %s members\n' "$SERVER_CONFIG" "$members"
fi

printf '\nTwo nodes, one PostgreSQL, one seminar of 100 seats, %d clients per node, %d s\n' "$CLIENTS_PER_NODE" "$SECONDS_PER_RUN"
printf 'node A: %s attempts, %s accepted, %s errors (%s/s)\n' "$a_total" "$a_ok" "$a_err" "$a_rps"
printf 'node B: %s attempts, %s accepted, %s errors (%s/s)\n' "$b_total" "$b_ok" "$b_err" "$b_rps"
printf 'registrations stored: %s (accepted: %s)\n' "$stored" "$((a_ok + b_ok))"
printf 'confirmed participants: %s of 100; overbooked or miscounted seminars: %s\n' "$confirmed" "$bad"
$clustered && [ "$a_err" = 0 ] && [ "$b_err" = 0 ] && [ "$stored" = "$((a_ok + b_ok))" ] && [ "$confirmed" = 100 ] && [ "$bad" = 0 ] \
    && [ "$((a_ok + b_ok))" -gt 100 ] && echo "two-node check passed"
