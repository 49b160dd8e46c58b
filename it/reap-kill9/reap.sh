#!/usr/bin/env bash
# Starts Mavens of this project and kills some with kill -9, as IDE stop buttons and CI timeouts do;
# writes what it saw to reap.log for verify.groovy. Usage: reap.sh MVN LOCAL_REPO LIB (it/lib.sh)
# Every wait is for a state of the engine or a line of a log, with a bound far above what an idle
# machine needs (the watcher acts within a second or two), so a loaded CI machine does not fail it.
set -u
MVN=$1
REPO=$2
P=io.dockerbox.it:reap-kill9
EVENTS=reap.log
. "$3"
mvn_bg() { local name=$1; shift; "$MVN" -B -o -Dmaven.repo.local="$REPO" "$@" > "maven-$name.log" 2>&1 & }
mvn_fg() { local name=$1; shift; "$MVN" -B -o -Dmaven.repo.local="$REPO" "$@" > "maven-$name.log" 2>&1; log "$name: exit $?"; }
# Ids of the project's containers whose name starts with $1 (running or not).
named() { docker ps -a --filter "label=dockerbox.project=$P" --format '{{.ID}} {{.Names}}' | awk -v p="$1" 'index($2, p) == 1 { print $1 }'; }
running() { docker ps --filter "label=dockerbox.project=$P" --format '{{.Names}}' | awk -v p="$1" 'index($1, p) == 1' | grep -q .; }
gone() { [ -z "$(named "$1")" ]; }
log_has() { grep -q "$2" "maven-$1.log" 2>/dev/null; }
watcher_of() { pgrep -P "$1" -f io.dockerbox.services.Watcher; }

# A box handed over by a finished standalone start, and a persistent box: both must stay.
mvn_fg handed -Pready -Dreap.name=handed dockerbox:start
mvn_fg keep -Pkeep dockerbox:start
log "handed: $(named handed-)"
log "keep: $(docker ps -q --filter name=it-reap-keep)"

# Build b waits forever beside a, which is killed: b's container stays.
mvn_bg b -Pforever -Dreap.name=b verify; b=$!
mvn_bg a -Pforever -Dreap.name=a verify; a=$!
wait_for 120 "a running" running a-
wait_for 120 "b running" running b-
kill -9 "$a"; killed=$(now); log "a: kill -9 of Maven $a"
wait_for 60 "a removed" gone a- && log "a: removed $(since "$killed") s after kill -9"
log "b still there: $(named b- | wc -l)"
log "network after a: $(docker network inspect -f '{{.Name}}' dockerbox-reap-kill9 2>/dev/null)"

# Killed during an integration test that runs in a shell container while the box is up: both go.
mvn_bg c -Pready,failing-test -Dreap.name=c verify; c=$!
wait_for 120 "c's test running" log_has c "the test runs"
kill -9 "$c"; killed=$(now); log "c: kill -9 of Maven $c"
wait_for 60 "c removed" gone c- && log "c: removed $(since "$killed") s after kill -9 (box and test shell)"

# b ends too: killed, its containers go, and with the last temporary one... not the network, which
# the handed-over and the persistent boxes still use.
kill -9 "$b"; killed=$(now); log "b: kill -9 of Maven $b"
wait_for 60 "b removed" gone b- && log "b: removed $(since "$killed") s after kill -9"

# The watcher dies with Maven (a whole process group killed): the fallback. d is another machine's
# (it reports another host), f this machine's.
mvn_bg d -Pforever -Dreap.name=d -Ddockerbox.ownerHost=another-machine verify; d=$!
mvn_bg f -Pforever -Dreap.name=f verify; f=$!
wait_for 120 "d running" running d-
wait_for 120 "f running" running f-
for m in "$d" "$f"; do w=$(watcher_of "$m"); log "watcher of $m: ${w:-none}"; [ -n "$w" ] && kill -9 $w; kill -9 "$m"; done
sleep 3  # nothing is expected to happen: no watcher is left to act
log "after both died: d $(named d- | wc -l), f $(named f- | wc -l)"
mvn_fg status -Pready dockerbox:status
mvn_fg g -Pready -Dreap.name=g dockerbox:start
log "after g's start: d $(named d- | wc -l), f $(named f- | wc -l), handed $(named handed- | wc -l), keep $(docker ps -q --filter name=it-reap-keep | wc -l)"

# stop on its own, while a standalone start in another terminal still brings its box up: that box is
# left alone (the start's own until it hands it over), the handed-over ones go; the start's end takes its box.
mvn_bg s -Pforever -Dreap.name=s dockerbox:start; s=$!
wait_for 120 "s starting" running s-
mvn_fg stop -Pready dockerbox:stop
log "after stop: s $(named s- | wc -l), handed $(named handed- | wc -l), g $(named g- | wc -l)"
kill -9 "$s"; killed=$(now)
wait_for 60 "s removed" gone s- && log "s: removed $(since "$killed") s after kill -9"
log "done"
