#!/usr/bin/env bash
# Starts the two-engine reactor under -T 2, kills Maven with kill -9 once both modules' boxes run (each
# on its own engine), and writes to reap.log how long the containers took to go, on each engine.
# Usage: reap.sh MVN LOCAL_REPO LIB (it/lib.sh). Every wait is for a state of an engine, with a bound
# far above what an idle machine needs (the watchers act within a second or two).
set -u
MVN=$1
REPO=$2
EVENTS=reap.log
. "$3"
OTHER=unix:///tmp/dockerbox-it-reap2/docker.sock
here() { docker ps -aq --filter "label=dockerbox.project=io.dockerbox.it:here"; }
there() { docker -H "$OTHER" ps -aq --filter "label=dockerbox.project=io.dockerbox.it:there"; }
running_here() { [ -n "$(docker ps -q --filter "label=dockerbox.project=io.dockerbox.it:here")" ]; }
running_there() { [ -n "$(docker -H "$OTHER" ps -q --filter "label=dockerbox.project=io.dockerbox.it:there")" ]; }
gone_here() { [ -z "$(here)" ]; }
gone_there() { [ -z "$(there)" ]; }

"$MVN" -B -o -T 2 -Dmaven.repo.local="$REPO" verify > maven-reactor.log 2>&1 &
m=$!
if wait_for 180 "here running" running_here && wait_for 180 "there running" running_there; then
  log "watchers: $(pgrep -c -P "$m" -f io.dockerbox.services.Watcher)"
  kill -9 "$m"; killed=$(now); log "kill -9 of Maven $m"
  wait_for 60 "here removed" gone_here && log "here: removed $(since "$killed") s after kill -9"
  wait_for 60 "there removed" gone_there && log "there: removed $(since "$killed") s after kill -9"
else
  kill -9 "$m"
fi
log "left: here $(here | wc -l), there $(there | wc -l)"
log "done"
