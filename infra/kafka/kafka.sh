#!/usr/bin/env bash
# A real single-node Apache Kafka broker (KRaft, no ZooKeeper, no Docker) for dev and tests,
# run straight from the Maven Central jars that infra/kafka/pom.xml resolves.
#
#   bash infra/kafka/kafka.sh up       fetch jars, format storage, start, wait until ready
#   bash infra/kafka/kafka.sh down     stop the broker started by `up`
#   bash infra/kafka/kafka.sh status   exit 0 when something answers on 127.0.0.1:<KAFKA_BROKER_PORT>, else 3
#
# Environment (all optional):
#   KAFKA_BROKER_PORT      client port on 127.0.0.1 (default 9092)
#   KAFKA_CONTROLLER_PORT  KRaft controller port on 127.0.0.1 (default 9093)
#   KAFKA_DATA_DIR         this broker's own directory (default <repo>/.cache/kafka): data/ (log.dirs),
#                          cluster-id, server.properties (generated), kafka.pid, kafka.log
#   KAFKA_HEAP_OPTS        JVM heap flags (default: -Xms256m -Xmx768m)
# The jars are shared by every broker of this checkout, in <repo>/.cache/kafka/lib.
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$SCRIPT_DIR/../.." && pwd)
JARS_ROOT=$ROOT/.cache/kafka
LIB=$JARS_ROOT/lib
CACHE=$(realpath -m "${KAFKA_DATA_DIR:-$JARS_ROOT}")
DATA=$CACHE/data
PROPS=$CACHE/server.properties
CLUSTER_ID_FILE=$CACHE/cluster-id
PID_FILE=$CACHE/kafka.pid
LOG=$CACHE/kafka.log
POM=$SCRIPT_DIR/pom.xml
HOST=127.0.0.1
PORT=${KAFKA_BROKER_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
HEAP=${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
KAFKA_VERSION=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM")

say() { printf '[kafka] %s\n' "$*"; }
die() { printf '[kafka] error: %s\n' "$*" >&2; exit 1; }
rel() { printf '%s' "${1#"$ROOT"/}"; }

# Alive and not a zombie: PID 1 in some containers never reaps orphans.
is_alive() {
  local state
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  [[ $state != Z* ]]
}

# Prints the pid from the pid file when that process is still our broker.
running_pid() {
  [[ -f $PID_FILE ]] || return 1
  local pid
  pid=$(<"$PID_FILE")
  [[ $pid =~ ^[0-9]+$ ]] && is_alive "$pid" || return 1
  ps -o args= -p "$pid" | grep -q 'kafka\.Kafka' || return 1
  printf '%s' "$pid"
}

port_open() { (exec 3<>"/dev/tcp/$HOST/$PORT") 2>/dev/null; }

# One kafka.sh at a time: parallel test runs may all call `up`.
take_lock() {
  mkdir -p "$CACHE"
  exec 9>"$CACHE/.lock"
  flock -w 120 9 || die "another kafka.sh has held $(rel "$CACHE")/.lock for 2 minutes"
}

# Counts Maven's download/copy lines into one progress line (a plain summary when not a TTY).
mvn_progress() {
  local tty=0
  [[ -t 1 ]] && tty=1
  awk -v tty="$tty" '
    /Downloaded from/ { downloaded++ }
    /Copying /        { copied++ }
    tty && (/Downloaded from/ || /Copying /) {
      printf "\r[kafka]   %d files downloaded, %d jars copied", downloaded, copied; fflush()
    }
    END {
      if (tty) printf "\n"
      printf "[kafka]   %d files downloaded, %d jars copied\n", downloaded, copied
    }'
}

# Brokers with their own KAFKA_DATA_DIR share the jars: one fetch at a time.
fetch_jars() {
  mkdir -p "$JARS_ROOT"
  exec 8>"$JARS_ROOT/.jars.lock"
  flock -w 300 8 || fail_up "another kafka.sh has been fetching jars for 5 minutes"
  fetch_jars_unlocked
  exec 8>&-
}

# The pom hash marks a complete copy; a changed pom (new Kafka version) fetches again.
fetch_jars_unlocked() {
  local pom_hash
  pom_hash=$(sha256sum "$POM" | cut -d' ' -f1)
  [[ -f $LIB/.pom.sha256 && $(<"$LIB/.pom.sha256") == "$pom_hash" ]] && return 0
  command -v mvn >/dev/null 2>&1 || fail_up "mvn is not installed (install Maven, e.g. apt-get install -y maven)"
  say "Fetching the Kafka $KAFKA_VERSION jars from Maven Central into $(rel "$LIB") (first run: about a minute)"
  local started=$SECONDS
  rm -rf "$LIB.partial"
  if ! mvn -B -f "$POM" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$LIB.partial" 2>&1 | tee "$JARS_ROOT/mvn.log" | mvn_progress; then
    tail -n 30 "$JARS_ROOT/mvn.log" >>"$LOG"
    fail_up "mvn dependency:copy-dependencies failed; full output in $(rel "$JARS_ROOT")/mvn.log"
  fi
  printf '%s\n' "$pom_hash" >"$LIB.partial/.pom.sha256"
  rm -rf "$LIB"
  mv "$LIB.partial" "$LIB"
  say "Jars ready: $(find "$LIB" -name '*.jar' | wc -l) in $((SECONDS - started)) s"
}

# The checked-in config plus this broker's ports and data directory.
write_props() {
  {
    cat "$SCRIPT_DIR/server.properties"
    printf '\n# Added by infra/kafka/kafka.sh (KAFKA_BROKER_PORT, KAFKA_CONTROLLER_PORT, KAFKA_DATA_DIR).\n'
    printf 'listeners=PLAINTEXT://%s:%s,CONTROLLER://%s:%s\n' "$HOST" "$PORT" "$HOST" "$CONTROLLER_PORT"
    printf 'advertised.listeners=PLAINTEXT://%s:%s\n' "$HOST" "$PORT"
    printf 'controller.quorum.voters=1@%s:%s\n' "$HOST" "$CONTROLLER_PORT"
    printf 'log.dirs=%s\n' "$DATA"
  } >"$PROPS.tmp"
  mv "$PROPS.tmp" "$PROPS"
}

storage_tool() {
  "$JAVA" -cp "$LIB/*" -Dlog4j.configuration="file:$SCRIPT_DIR/log4j.properties" \
    kafka.tools.StorageTool "$@"
}

# KRaft refuses to start on an unformatted log dir; the cluster id is generated once and kept.
format_storage() {
  if [[ -f $DATA/meta.properties ]]; then
    [[ -s $CLUSTER_ID_FILE ]] || sed -n 's/^cluster\.id=//p' "$DATA/meta.properties" >"$CLUSTER_ID_FILE"
    return 0
  fi
  if [[ ! -s $CLUSTER_ID_FILE ]]; then
    say "Generating a cluster id into $(rel "$CLUSTER_ID_FILE")"
    local generated
    generated=$(storage_tool random-uuid | tail -n 1 | tr -d '[:space:]')
    printf '%s\n' "$generated" >"$CLUSTER_ID_FILE"
  fi
  local cluster_id
  cluster_id=$(<"$CLUSTER_ID_FILE")
  say "Formatting KRaft storage in $(rel "$DATA") (cluster id $cluster_id)"
  storage_tool format -t "$cluster_id" -c "$PROPS" >>"$LOG" 2>&1 ||
    fail_up "kafka-storage format failed; delete $(rel "$DATA") to start from scratch"
}

start_broker() {
  say "Starting Kafka $KAFKA_VERSION on $HOST:$PORT (heap: $HEAP); log: $(rel "$LOG")"
  # setsid + nohup: the broker outlives this script, its terminal and Ctrl-C in a test run.
  # 9>&- so the broker does not inherit (and hold) the kafka.sh lock.
  # shellcheck disable=SC2086 # HEAP is a list of JVM flags.
  setsid nohup "$JAVA" $HEAP -XX:+UseG1GC -Djava.awt.headless=true \
    -Dlog4j.configuration="file:$SCRIPT_DIR/log4j.properties" \
    -cp "$LIB/*" kafka.Kafka "$PROPS" >>"$LOG" 2>&1 </dev/null 9>&- &
  printf '%s\n' "$!" >"$PID_FILE"
}

wait_ready() {
  local pid=$1
  if ! (cd "$ROOT" && KAFKA_BROKERS="$HOST:$PORT" npx --no tsx infra/kafka/wait-for-kafka.ts --pid "$pid"); then
    fail_up "Kafka did not become ready; read $(rel "$LOG"), then run: bash infra/kafka/kafka.sh down"
  fi
}

# A new log per start, created before anything can fail, so the path an error names exists.
open_log() {
  mkdir -p "$CACHE"
  [[ -f $LOG ]] && mv -f "$LOG" "$LOG.1"
  : >"$LOG"
}

fail_up() {
  printf '[kafka] error: %s\n' "$*" >>"$LOG"
  say "Log: $LOG; its last lines:" >&2
  tail -n 40 "$LOG" >&2 || true
  die "$*"
}

cmd_up() {
  take_lock
  local pid
  if pid=$(running_pid); then
    if port_open; then
      say "Kafka is already running (pid $pid) on $HOST:$PORT; nothing to do."
      return 0
    fi
    say "Kafka (pid $pid) is still starting."
    wait_ready "$pid"
    return 0
  fi
  rm -f "$PID_FILE"
  if port_open; then
    say "Something already answers on $HOST:$PORT (not started by kafka.sh); using it as is."
    return 0
  fi
  open_log
  command -v "$JAVA" >/dev/null 2>&1 ||
    fail_up "$JAVA is not installed (install a JDK 17+, e.g. apt-get install -y openjdk-17-jre-headless)"
  local started=$SECONDS
  fetch_jars
  write_props
  format_storage
  start_broker
  wait_ready "$(<"$PID_FILE")"
  say "Kafka is up on $HOST:$PORT ($((SECONDS - started)) s). Stop it with: bash infra/kafka/kafka.sh down"
}

cmd_down() {
  take_lock
  local pid
  if ! pid=$(running_pid); then
    rm -f "$PID_FILE"
    if port_open; then
      say "No broker started by kafka.sh, but something answers on $HOST:$PORT; leaving it alone."
    else
      say "Kafka is not running."
    fi
    return 0
  fi
  say "Stopping Kafka (pid $pid)"
  kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    is_alive "$pid" || break
    sleep 0.5
  done
  if is_alive "$pid"; then
    say "Still running after 30 s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$PID_FILE"
  say "Kafka stopped (data kept in $(rel "$DATA"))."
}

cmd_status() {
  local pid
  if pid=$(running_pid); then
    if port_open; then
      say "Kafka is running (pid $pid) on $HOST:$PORT."
    else
      say "Kafka (pid $pid) is starting; $HOST:$PORT does not answer yet."
    fi
    return 0
  fi
  if port_open; then
    say "Something not started by kafka.sh answers on $HOST:$PORT."
    return 0
  fi
  say "Kafka is not running. Start it with: bash infra/kafka/kafka.sh up"
  return 3
}

case "${1:-}" in
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  *)
    printf 'usage: bash infra/kafka/kafka.sh up|down|status\n' >&2
    exit 2
    ;;
esac
