#!/usr/bin/env bash
# Two server instances on one fresh MySQL database run a heartbeat schedule every 2 seconds; after 10 s the
# instance holding the next firing is killed with SIGKILL, and the survivor runs on for 32 s. Then, from the run history:
#   - no firing (schedule key, scheduled fire time) ran twice, and no second delivery of one even arrived;
#   - every firing after the kill ran on the survivor, which carried on;
#   - the longest gap between firings stays within what the Quartz settings promise for failover: the dead
#     instance is declared failed 7.5 s after its check-in was due (check-in every 5 s), the survivor notices
#     at its next check-in, and a firing by then more than 10 s late (the misfire threshold) waits for the
#     misfire scan, at most 10 s more: up to ~30 s here, where the dead instance held the next firing
#     (~2 s when it did not: the survivor simply fires on);
#   - no run failed.
# Prints the figures; exits non-zero on a violation. Always kills its instances and drops its database.
#   scripts/cluster/scheduler-cluster.sh [host] [port] [user]      (password, if any, in MYSQL_PASSWORD)
set -euo pipefail
cd "$(dirname "$0")/../.."

host=${1:-127.0.0.1}
port=${2:-3306}
user=${3:-root}
before_kill=${CLUSTER_BEFORE_KILL_SECONDS:-10}
after_kill=${CLUSTER_AFTER_KILL_SECONDS:-32}
max_gap=${CLUSTER_MAX_GAP_SECONDS:-30}
jar=platform/server/target/server-0.1.0-SNAPSHOT-all.jar
client=$(command -v mariadb || command -v mysql || true)
[ -n "$client" ] || { echo "scheduler-cluster.sh needs the mariadb or mysql client" >&2; exit 2; }
command -v curl >/dev/null || { echo "scheduler-cluster.sh needs curl" >&2; exit 2; }

sql() { "$client" -h "$host" -P "$port" -u "$user" ${MYSQL_PASSWORD:+-p"$MYSQL_PASSWORD"} -N -B "$@"; }

if [ ! -f "$jar" ]; then
  echo "-- building $jar"
  mvn -B -ntp -o -q -pl platform/server -am package -DskipTests
fi

database="xinqiao_cluster_$(date +%Y%m%d%H%M%S)_$$"
work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  sql -e "DROP DATABASE IF EXISTS \`$database\`" || true
  rm -rf "$work"
}
trap cleanup EXIT

sql -e "CREATE DATABASE \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
secret=$(head -c 32 /dev/urandom | base64)

declare -A port_of pid_of
start() { # start NAME
  local name=$1 http_port
  http_port=$(free_port)
  port_of[$name]=$http_port
  mkdir -p "$work/$name"
  MICRONAUT_ENVIRONMENTS=mysql \
  DATASOURCES_DEFAULT_URL="jdbc:mysql://$host:$port/$database" \
  DATASOURCES_DEFAULT_USERNAME="$user" \
  DATASOURCES_DEFAULT_PASSWORD="${MYSQL_PASSWORD:-}" \
  MICRONAUT_SERVER_PORT=$http_port \
  XINQIAO_SECRET_KEY="$secret" \
  XINQIAO_ADMIN_PASSWORD="cluster-test-$$-password" \
  XINQIAO_INSTANCE_ID="$name" \
  XINQIAO_DATA_DIR="$work/$name" \
    java -Xmx256m -XX:TieredStopAtLevel=1 \
      -Dxinqiao.schedules.heartbeat.description="Cluster heartbeat" \
      -Dxinqiao.schedules.heartbeat.cron="0/2 * * * * ?" \
      -Dxinqiao.schedules.heartbeat.time-zone=Asia/Shanghai \
      -jar "$jar" >"$work/$name.log" 2>&1 &
  pid_of[$name]=$!
  pids+=("$!")
}

wait_healthy() { # wait_healthy NAME
  local name=$1 deadline=$((SECONDS + 90))
  until [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${port_of[$name]}/health")" = "200" ]; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "${pid_of[$name]}" 2>/dev/null; then
      echo "FAILED: instance $name did not become healthy; its log:" >&2
      tail -40 "$work/$name.log" >&2
      exit 1
    fi
    sleep 0.5
  done
}

echo "-- starting instances node-a, then node-b, on database $database"
# one after the other: creating the first administrator on an empty database is not safe for two at once
start node-a
wait_healthy node-a
start node-b
wait_healthy node-b
echo "-- both healthy; heartbeat every 2 s, a kill after ${before_kill} s, then ${after_kill} s more"

q() { sql "$database" -e "$1"; }
sleep "$before_kill"
[ "$(q "SELECT COUNT(*) FROM schedule_run WHERE schedule_key = 'heartbeat'")" -gt 0 ] \
  || { echo "FAILED: no heartbeat ran in the first $before_kill s" >&2; exit 1; }
# the hard case: kill the instance holding the next firing (acquired, waiting for its time)
victim=$(q "SELECT INSTANCE_NAME FROM QRTZ_FIRED_TRIGGERS WHERE TRIGGER_NAME = 'heartbeat' AND STATE = 'ACQUIRED' LIMIT 1")
how="it held the next firing"
if [ -z "$victim" ]; then
  victim=$(q "SELECT instance_id FROM schedule_run WHERE schedule_key = 'heartbeat' ORDER BY scheduled_fire_time DESC LIMIT 1")
  how="it ran the latest firing"
fi
survivor=$([ "$victim" = node-a ] && echo node-b || echo node-a)
kill -9 "${pid_of[$victim]}"
wait "${pid_of[$victim]}" 2>/dev/null || true
killed_at=$(q "SELECT UTC_TIMESTAMP(6)")
echo "-- killed $victim ($how) at $killed_at UTC; $survivor carries on"
sleep "$after_kill"
stopped_at=$(q "SELECT UTC_TIMESTAMP(6)")
kill -9 "${pid_of[$survivor]}"
wait "${pid_of[$survivor]}" 2>/dev/null || true

hb="schedule_key = 'heartbeat'"
runs=$(q "SELECT COUNT(*) FROM schedule_run WHERE $hb")
firings=$(q "SELECT COUNT(DISTINCT scheduled_fire_time) FROM schedule_run WHERE $hb")
twice=$(q "SELECT COUNT(*) FROM (SELECT scheduled_fire_time FROM schedule_run WHERE $hb GROUP BY scheduled_fire_time HAVING COUNT(*) > 1) d")
redelivered=$(q "SELECT COALESCE(SUM(duplicates), 0) FROM schedule_run WHERE $hb")
instances=$(q "SELECT GROUP_CONCAT(CONCAT(instance_id, ':', n) ORDER BY instance_id) FROM (SELECT instance_id, COUNT(*) n FROM schedule_run WHERE $hb GROUP BY instance_id) i")
distinct_instances=$(q "SELECT COUNT(DISTINCT instance_id) FROM schedule_run WHERE $hb")
runs_after_kill=$(q "SELECT COUNT(*) FROM schedule_run WHERE $hb AND started_at > '$killed_at'")
after_kill_elsewhere=$(q "SELECT COUNT(*) FROM schedule_run WHERE $hb AND started_at > '$killed_at' AND instance_id <> '$survivor'")
failed=$(q "SELECT COUNT(*) FROM schedule_run WHERE $hb AND outcome = 'FAILED'")
unfinished=$(q "SELECT COUNT(*) FROM schedule_run WHERE $hb AND outcome IS NULL")
span=$(q "SELECT TIMESTAMPDIFF(MICROSECOND, MIN(scheduled_fire_time), MAX(scheduled_fire_time)) / 1000000 FROM schedule_run WHERE $hb")
gap=$(q "SELECT COALESCE(MAX(TIMESTAMPDIFF(MICROSECOND, prev, t)) / 1000000, 0) FROM (SELECT scheduled_fire_time t,
         LAG(scheduled_fire_time) OVER (ORDER BY scheduled_fire_time) prev FROM schedule_run WHERE $hb) g")
silent_at_end=$(q "SELECT TIMESTAMPDIFF(MICROSECOND, MAX(started_at), '$stopped_at') / 1000000 FROM schedule_run WHERE $hb")

cat <<REPORT
== scheduler cluster figures
heartbeat runs recorded             $runs
distinct firings                    $firings
firings that ran twice              $twice
second deliveries of a firing       $redelivered
instances that ran firings          $distinct_instances ($instances)
killed / survivor                   $victim / $survivor
runs after the kill                 $runs_after_kill (on another instance than the survivor: $after_kill_elsewhere)
failed runs                         $failed
runs cut off unfinished             $unfinished
span of fire times (s)              $span (at one firing per 2 s: $(awk "BEGIN{printf \"%d\", $span/2+1}") firings without failover)
longest gap between firings (s)     $gap (limit $max_gap)
silence before the end (s)          $silent_at_end
REPORT

violations=()
[ "$twice" -eq 0 ] || violations+=("$twice firing(s) ran twice")
[ "$redelivered" -eq 0 ] || violations+=("$redelivered second delivery(ies) of a firing reached an instance")
[ "$after_kill_elsewhere" -eq 0 ] || violations+=("$after_kill_elsewhere run(s) after the kill on an instance other than $survivor")
[ "$runs_after_kill" -ge 1 ] || violations+=("the survivor ran no firing after the kill")
[ "$failed" -eq 0 ] || violations+=("$failed heartbeat run(s) failed")
awk "BEGIN{exit !($gap <= $max_gap)}" || violations+=("a gap of $gap s between firings (failover over $max_gap s)")
awk "BEGIN{exit !($silent_at_end <= 5)}" || violations+=("no firing in the last $silent_at_end s: the survivor stopped")
if [ ${#violations[@]} -gt 0 ]; then
  printf 'FAILED: %s\n' "${violations[@]}" >&2
  echo "-- log of $survivor (tail):" >&2
  tail -30 "$work/$survivor.log" >&2
  exit 1
fi
echo "== scheduler cluster: every firing ran exactly once, and $survivor carried on after $victim was killed"
