# Shared helpers of the ITs that a bash script drives (reap-kill9, watch-loop). Source it after setting
# EVENTS, the file where the script writes what it saw for verify.groovy.
log() { echo "$*" >> "$EVENTS"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
# wait_for SECONDS DESCRIPTION COMMAND...: until the command succeeds, looking every 0.1 s; says how long it took.
wait_for() {
  local bound=$1 what=$2; shift 2
  local begin; begin=$(now)
  for _ in $(seq $((bound * 10))); do "$@" && { log "$what after $(since "$begin") s"; return 0; }; sleep 0.1; done
  log "TIMEOUT: not $what within $bound s"; return 1
}
