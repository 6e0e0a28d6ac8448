#!/usr/bin/env bash
# Shared by the benchmark scripts: start the built WildFly (each node in its own copy of standalone/, so
# target/ stays as the tests expect it) on a PostgreSQL database, and talk to it as an organiser.
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PSQL=(psql -h 127.0.0.1 -U postgres -v ON_ERROR_STOP=1 -qtA)
bench_work=$(mktemp -d)
# Each run makes its own first admin (all roles) from SEMINARDESK_ADMIN_PASSWORD; no password is fixed anywhere.
BENCH_USER=bench
BENCH_PASSWORD="b-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
AUTH="$BENCH_USER:$BENCH_PASSWORD"
# curl keeps the session cookie, so the password is hashed at the first request only, not inside measurements.
auth=(-u "$AUTH" -b "$bench_work/cookies" -c "$bench_work/cookies")
# The Java load clients sign in with this once per client thread and keep the session cookie.
export BENCH_AUTH="$AUTH"
nodes=()
# Cluster nodes authenticate and encrypt their traffic (wildfly-config/cluster.cli): a fresh secret and key pair
# per run, shared by this run's nodes; a single node ignores them.
export SEMINARDESK_CLUSTER_SECRET="c-$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
export SEMINARDESK_CLUSTER_KEYSTORE="$bench_work/cluster.p12"
keytool -genkeypair -alias cluster -keyalg RSA -keysize 2048 -storetype PKCS12 -keystore "$SEMINARDESK_CLUSTER_KEYSTORE" \
    -storepass "$SEMINARDESK_CLUSTER_SECRET" -dname CN=seminardesk-cluster -validity 30 >/dev/null 2>&1

ensure_built() {
    wildfly=$(ls -d "$root"/target/wildfly-*/ 2>/dev/null | head -n 1 || true)
    if [ -z "$wildfly" ] || [ ! -f "$root/target/seminardesk.war" ]; then
        (cd "$root" && mvn -B -q -DskipTests package)
        wildfly=$(ls -d "$root"/target/wildfly-*/ | head -n 1)
    fi
}

fresh_database() {
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1" -c "CREATE DATABASE $1"
}

# start_node OFFSET DATABASE: a node on ports 8080+OFFSET (HTTP) and 9990+OFFSET (management), in the
# configuration SERVER_CONFIG (default seminardesk.xml; seminardesk-ha.xml for a cluster node).
start_node() {
    local base="$bench_work/node-$1"
    cp -r "$wildfly/standalone" "$base"
    rm -rf "$base/deployments/"* "$base/data" "$base/tmp" "$base/log"
    # A clean configuration whatever ran before in this checkout: `mvn wildfly:run` records its deployment in
    # the configuration file, which next to the copy in deployments/ would be a "Duplicate resource".
    for config in "$base"/configuration/*.xml; do
        perl -0pi -e 's{\s*<deployments>.*?</deployments>}{}s' "$config"
    done
    rm -rf "$base/configuration/standalone_xml_history"
    cp "$root/target/seminardesk.war" "$base/deployments/"
    nodes+=("$base")
    launch_node "$1" "$2"
}

# launch_node OFFSET DATABASE: starts (again) the node start_node made, with its data as it was left. The rate
# limit is off (all load comes from one address) unless RATE_LIMIT says otherwise; no demo data unless
# DEMO_DATA=true.
launch_node() {
    local offset=$1 db=$2 base="$bench_work/node-$1"
    SEMINARDESK_DB=postgresql SEMINARDESK_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" SEMINARDESK_DB_PASSWORD=trusted-locally SEMINARDESK_DEMO_DATA="${DEMO_DATA:-false}" \
        SEMINARDESK_ADMIN_USER="$BENCH_USER" SEMINARDESK_ADMIN_PASSWORD="$BENCH_PASSWORD" SEMINARDESK_RATE_LIMIT_PER_MINUTE="${RATE_LIMIT:-0}" \
        "$wildfly/bin/standalone.sh" -c "${SERVER_CONFIG:-seminardesk.xml}" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset="$offset" -Djboss.node.name="node-$offset" -Djboss.tx.node.id="node-$offset" >> "$bench_work/node-$offset.out" 2>&1 &
    disown $!   # a node killed on purpose is no news to report
}

# node_pid OFFSET: the node's JVM (not the standalone.sh script).
node_pid() {
    pgrep -f -- "-D\[Standalone\].*-Djboss.server.base.dir=$bench_work/node-$1" | head -n 1
}

# jit_seconds OFFSET: seconds the node's JIT compilers have spent so far (jstat's compile Time).
jit_seconds() {
    jstat -compiler "$(node_pid "$1")" | awk 'NR == 2 { print $4 }'
}

# gc_seconds OFFSET: seconds the node's JVM has spent collecting garbage so far (jstat's GCT).
gc_seconds() {
    jstat -gcutil "$(node_pid "$1")" | awk 'NR == 2 { print $NF }'
}

# cpu_seconds OFFSET: CPU seconds (user and system) the node's JVM has used so far.
cpu_seconds() {
    awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$(node_pid "$1")/stat"
}

# postgres_cpu_seconds: CPU seconds the PostgreSQL processes running now have used so far (a node's backends live
# as long as its pool's connections, so the growth over a run is what PostgreSQL spent on it). It takes no
# argument; seconds_since passes one.
postgres_cpu_seconds() {
    for pid in $(pgrep -x postgres); do cat "/proc/$pid/stat" 2>/dev/null; done \
        | awk -v hz="$(getconf CLK_TCK)" '{ t += $14 + $15 } END { printf "%.2f", t / hz }'
}

# seconds_since COUNTER OFFSET SECONDS: what COUNTER (jit_seconds, gc_seconds, cpu_seconds, postgres_cpu_seconds) grew by since it said SECONDS, one decimal.
seconds_since() {
    awk -v a="$3" -v b="$("$1" "$2")" 'BEGIN { printf "%.1f", b - a }'
}

# checkpoints DATABASE: checkpoints PostgreSQL has made so far (timed and requested), for "how many fell into a run".
checkpoints() {
    "${PSQL[@]}" -d "$1" -c "SELECT checkpoints_timed + checkpoints_req FROM pg_stat_bgwriter"
}

# kill_node OFFSET: kill -9, no shutdown of any kind (the script standalone.sh and its JVM both match).
kill_node() {
    pkill -9 -f -- "-Djboss.server.base.dir=$bench_work/node-$1" 2>/dev/null || true
}

# wait_ready OFFSET: until the node answers ready; fails at once when the node stopped or booted with errors.
wait_ready() {
    local management="http://localhost:$((9990 + $1))/health/ready" out="$bench_work/node-$1.out"
    for _ in $(seq 1 180); do
        curl -sf "$management" >/dev/null 2>&1 && return 0
        if grep -qE "WFLYSRV0026|WFLYCTL0013|WFLYSRV0056|Duplicate resource" "$out" 2>/dev/null \
            || ! pgrep -f -- "-Djboss.server.base.dir=$bench_work/node-$1" >/dev/null; then
            echo "node with offset $1 failed to boot" >&2
            break
        fi
        sleep 1
    done
    echo "node with offset $1 did not become ready" >&2
    tail -40 "$bench_work/node-$1.out" >&2
    return 1
}

# cluster_members OFFSET: how many members the node's current cluster view has (0 when it has none), asked of
# the node itself through its management port. (Its log shows only the view it joined with: with nodes started
# together, the first one joins alone and says 1 even once the other has joined it.)
cluster_members() {
    local members
    members=$("$wildfly/bin/jboss-cli.sh" -c --controller="localhost:$((9990 + $1))" \
        --command='/subsystem=jgroups/channel=ee:read-attribute(name=view)' 2>/dev/null \
        | grep -o '"result" => "[^]]*] ([0-9]*)' | grep -o '([0-9]*)$' | tr -d '()' || true)
    echo "${members:-0}"
}

# wait_for_cluster SIZE OFFSET...: waits up to 90 s until every node's view has SIZE members; prints how many
# seconds after the call the views were asked for that showed it (0: at once), or fails.
wait_for_cluster() {
    local size=$1 start=$SECONDS offset
    shift
    while [ $((SECONDS - start)) -lt 90 ]; do
        local all=yes asked=$((SECONDS - start))
        for offset in "$@"; do
            [ "$(cluster_members "$offset")" = "$size" ] || all=no
        done
        if [ $all = yes ]; then
            echo "$asked"
            return 0
        fi
        sleep 1
    done
    return 1
}

# start_smtp_sink PORT: an SMTP server that accepts and discards (bench/SmtpSink.java), so that a node's
# dispatcher sends as in production rather than retrying an absent server; "mails distinct-recipients" it took
# are in $bench_work/sink-PORT.count. Use with SMTP_HOST=127.0.0.1 SMTP_PORT=PORT before start_node.
start_smtp_sink() {
    java "$root/bench/SmtpSink.java" "$1" "$bench_work/sink-$1.count" > "$bench_work/sink-$1.out" 2>&1 &
    sinks+=($!)
    for _ in $(seq 1 30); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.5
    done
    echo "the SMTP sink on port $1 did not start" >&2
    return 1
}
sinks=()

stop_nodes() {
    for sink in "${sinks[@]}"; do kill "$sink" 2>/dev/null || true; done
    # standalone.sh starts the JVM as a child: stop each by its unique base directory.
    for base in "${nodes[@]}"; do
        pkill -f -- "-Djboss.server.base.dir=$base" 2>/dev/null || true
    done
    # The nodes are disowned, so `wait` does not wait for them: a JVM still shutting down writes into its
    # directory while rm removes it (seen in CI: "Directory not empty", failing a check that had passed).
    for base in "${nodes[@]}"; do
        for _ in $(seq 1 60); do
            pgrep -f -- "-Djboss.server.base.dir=$base" >/dev/null || break
            sleep 1
        done
        pkill -9 -f -- "-Djboss.server.base.dir=$base" 2>/dev/null || true
    done
    wait 2>/dev/null || true
    rm -rf "$bench_work" || echo "could not remove $bench_work" >&2
}
trap stop_nodes EXIT

api() { curl -sf "${auth[@]}" -H 'Content-Type: application/json' -X POST "$1$2" -d "$3"; }
id_of() { grep -o '"id":[0-9]*' | head -n 1 | cut -d: -f2; }

# published_seminar BASE_URL TITLE CAPACITY: id of a new in-person seminar a month from now.
published_seminar() {
    local start end
    start=$(date -u -d '+30 days' +%Y-%m-%dT10:00:00+09:00); end=$(date -u -d '+30 days' +%Y-%m-%dT12:00:00+09:00)
    api "$1" api/seminars "{\"titleJa\":\"ベンチマーク $2\",\"kind\":\"SEMINAR\",\"format\":\"IN_PERSON\",\"venue\":\"会場\",\"capacity\":$3,\"startsAt\":\"$start\",\"endsAt\":\"$end\",\"status\":\"PUBLISHED\"}" | id_of
}

# organisations DATABASE COUNT NAME: COUNT member organisations "NAME n" (no address: no announcements) written into the database
# (one registration per organisation and seminar, so load needs many); prints "firstId:count" for LoadClient.
organisations() {
    local range
    range=$("${PSQL[@]}" -d "$1" -c "WITH made AS (INSERT INTO organisation (version, name, facility_type, email, preferred_language)
        SELECT 0, '$3 ' || i, 'OTHER', NULL, 'ja' FROM generate_series(1, $2) AS i RETURNING id)
        SELECT min(id) || ':' || count(*) || ':' || (max(id) - min(id) + 1) FROM made")
    [ "${range##*:}" = "$2" ] || { echo "organisation ids are not consecutive: $range" >&2; return 1; }
    echo "${range%:*}"
}

# overbooked DATABASE: seminars whose seat counter exceeds capacity or disagrees with confirmed participants.
overbooked() {
    "${PSQL[@]}" -d "$1" -c "
        SELECT count(*) FROM seminar s
        WHERE s.seats_taken > s.capacity
           OR s.seats_taken <> (SELECT count(*) FROM registration r JOIN participant p ON p.registration_id = r.id
                                WHERE r.seminar_id = s.id AND r.status = 'CONFIRMED')"
}
