#!/usr/bin/env bash
# First start of the run command (README): the built server with the run command's JVM options (read from the
# wildfly-maven-plugin's <javaOpts> in pom.xml), an empty H2 directory, demo data, from the JVM's launch to the
# first 200 of /. Each start runs in its own copy of the server's standalone/ with nothing deployed but the WAR.
# Prints each start's seconds, where they went (the server's own log lines), and the median.
#   bash bench/start/run.sh          # 3 starts; STARTS=5 for more
#   TRIAL_OPTS='-Xms512m' bash bench/start/run.sh   # a trial option: starts alternate without and with it
#   (starts of one build vary by a second or more within minutes, so only interleaved starts compare)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
starts=${STARTS:-3}
work=$(mktemp -d)
trap 'pkill -f -- "-Djboss.server.base.dir=$work/" 2>/dev/null || true; [ -n "${KEEP_LOGS:-}" ] && cp "$work"/start-*/log/server.log "$KEEP_LOGS"/ 2>/dev/null; rm -rf "$work"' EXIT

wildfly=$(ls -d "$root"/target/wildfly-*/ 2>/dev/null | head -n 1 || true)
if [ -z "$wildfly" ] || [ ! -f "$root/target/seminardesk.war" ]; then
    (cd "$root" && mvn -B -q -DskipTests package)
    wildfly=$(ls -d "$root"/target/wildfly-*/ | head -n 1)
fi
if curl -s -o /dev/null "http://localhost:8080/"; then
    echo "Something already answers on port 8080; stop it first." >&2
    exit 1
fi

# The run command's JVM options, one source: pom.xml. Its two properties get this run's values.
run_opts() {
    sed -n '/<javaOpts>/,/<\/javaOpts>/s/.*<javaOpt>\(.*\)<\/javaOpt>.*/\1/p' "$root/pom.xml" \
        | sed -e "s|\${run.data.dir}|$1|" -e "s|\${run.mail.catcher.port}|2525|"
}

# millis LOGLINE: the log line's time of day (HH:MM:SS,mmm at its start) in milliseconds.
millis() {
    awk '{ split($2, t, /[:,]/); print ((t[1] * 60 + t[2]) * 60 + t[3]) * 1000 + t[4] }' <<< "$1"
}

# at PATTERN LOG: the time of the first log line matching PATTERN, seconds after the JVM's launch.
at() {
    local line
    line=$(grep -m 1 -E "$1" "$2" || true)
    [ -n "$line" ] && awk -v a="$launch_ms" -v b="$(millis "$line")" 'BEGIN { printf "%.1f", (b - a) / 1000 }' || echo "-"
}

results=()
trial_results=()
trial=${TRIAL_OPTS:-}
[ -z "$trial" ] || starts=$((starts * 2))
for n in $(seq 1 "$starts"); do
    extra=""
    [ -n "$trial" ] && [ $((n % 2)) = 0 ] && extra=$trial
    base="$work/start-$n"
    cp -r "$wildfly/standalone" "$base"
    rm -rf "$base/deployments/"* "$base/data" "$base/tmp" "$base/log" "$base/configuration/standalone_xml_history"
    # `mvn wildfly:run` records its deployment in the configuration; a first start has none.
    for config in "$base"/configuration/*.xml; do
        perl -0pi -e 's{\s*<deployments>.*?</deployments>}{}s' "$config"
    done
    cp "$root/target/seminardesk.war" "$base/deployments/"
    opts="$(run_opts "$base/h2" | tr '\n' ' ') $extra"
    start_ns=$(date +%s%N)
    launch_ms=$(millis "day $(date -d "@$((start_ns / 1000000000))" +%H:%M:%S),$(( start_ns / 1000000 % 1000 ))")
    SEMINARDESK_ADMIN_PASSWORD="s-$(head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9')" JAVA_OPTS="-Xms64m -Xmx512m $opts" \
        "$wildfly/bin/standalone.sh" -c seminardesk.xml -Djboss.server.base.dir="$base" > "$base/out.log" 2>&1 &
    ready=""
    for _ in $(seq 1 1200); do
        if [ "$(curl -s -o /dev/null -w '%{http_code}' http://localhost:8080/ || true)" = 200 ]; then
            ready=$(( ($(date +%s%N) - start_ns) / 1000000 ))
            break
        fi
        sleep 0.05
    done
    log="$base/log/server.log"
    [ -n "$ready" ] || { echo "start $n: not ready in 60 s" >&2; tail -30 "$base/out.log" >&2; exit 1; }
    seconds=$(awk -v r="$ready" 'BEGIN { printf "%.1f", r / 1000 }')
    if [ -n "$extra" ]; then trial_results+=("$seconds"); else results+=("$seconds"); fi
    printf 'start %d%s: ready in %s s | server booted %s | deployment begun %s | persistence unit %s | Flyway done %s | first admin %s | demo data %s | deployed %s\n' \
        "$n" "${extra:+ (trial)}" "$seconds" "$(at WFLYSRV0025 "$log")" "$(at 'WFLYSRV0027' "$log")" "$(at 'WFLYJPA0010|HHH000204' "$log")" \
        "$(at 'Successfully applied|Schema .* is up to date' "$log")" "$(at 'first admin' "$log")" "$(at 'Demo data loaded' "$log")" "$(at WFLYSRV0010 "$log")"
    "$wildfly/bin/jboss-cli.sh" -c --command=:shutdown > /dev/null 2>&1 || true
    for _ in $(seq 1 200); do pgrep -f -- "-Djboss.server.base.dir=$base" > /dev/null || break; sleep 0.1; done
done
median() {
    printf '%s\n' "${@:2}" | sort -n | awk -v what="$1" '{ v[NR] = $1 } END { m = (v[int((NR + 1) / 2)] + v[int(NR / 2) + 1]) / 2; printf "%s: median of %d starts %.2f s (min %s, max %s)\n", what, NR, m, v[1], v[NR] }'
}
median "as built" "${results[@]}"
[ -z "$trial" ] || median "with $trial" "${trial_results[@]}"
