#!/usr/bin/env bash
# Runs dockerbox:watch in the background as a developer would, edits the project's files, checks what
# the running box serves, then sends Ctrl-C (SIGINT) in the middle of a rebuild; writes what it saw to
# events.log for verify.groovy. Usage: watch.sh MVN LOCAL_REPO LIB (it/lib.sh)
# Every wait is for a line of Maven's log or an answer of the box, with a bound far above what an idle
# machine needs (a sync is served within a second, a busybox rebuild within seconds), so a loaded CI
# machine does not fail it.
set -u
# Job control: the background Maven gets a process group of its own and keeps SIGINT, as in a terminal
# (a non-interactive shell starts background jobs with SIGINT ignored, and the JVM then ignores it too).
set -m
MVN=$1
REPO=$2
P=io.dockerbox.it:watch-loop
EVENTS=events.log
. "$3"
port() { sed -n 's/^watch\.port=//p' target/dockerbox/ports.properties 2>/dev/null; }
serves() { [ "$(curl -fsS "http://localhost:$(port)/$1" 2>/dev/null)" = "$2" ]; }
lines() { grep -c -- "$1" maven-watch.log; }
more_lines() { [ "$(lines "$1")" -gt "$2" ]; }
box() { docker ps -q --filter "label=dockerbox.project=$P"; }
# ended: Maven is gone (wait_for's test); a Maven that outlives every bound is killed, so the IT fails instead of hanging.
ended() { ! kill -0 "$M" 2>/dev/null; }
stop_maven() { kill -INT "$M" 2>/dev/null; wait_for 120 "Maven ended" ended || kill -9 "$M" 2>/dev/null; wait "$M" 2>/dev/null; }
finish() { stop_maven; log "done"; exit 0; }

# env --default-signal=INT: a shell cannot undo SIGINT ignored at its own start (as under nohup or a CI
# runner), and the JVM then ignores Ctrl-C; Maven gets SIGINT as a terminal gives it.
env --default-signal=INT "$MVN" -B -o -Dmaven.repo.local="$REPO" dockerbox:watch > maven-watch.log 2>&1 &
M=$!
# an edit while the first build runs (the site's RUN sleep 2), after it read the inputs: the box must serve it
wait_for 180 "the first build of the site" grep -q "it-watch/site: building version 1 " maven-watch.log || finish
echo "early" > site/www/early.html
wait_for 180 "watching" grep -q "watch: watching" maven-watch.log || finish
first=$(box); before=$(port)
log "started: $first on port $before"
wait_for 30 "the edit made during the first build served" serves early.html early && log "early: served"

# a new container that fails (its box builds, its command exits): the last good one runs again, and
# the port published is the one it has now (the engine chose it, and chooses again when it restarts)
echo 'CMD ["sh", "-c", "echo failing; exit 3"]' >> site/Dockerfile.ftl
wait_for 120 "the new container failed" grep -q "the new container of watch-loop failed" maven-watch.log || finish
log "restored: published $(port), has $(docker port "$first" 8080/tcp | head -1 | sed 's/.*://'), serves: $(curl -fsS "http://localhost:$(port)/index.html")"
replaced=$(lines "replaced by")
sed -i '$d' site/Dockerfile.ftl
wait_for 120 "the undone edit served by a new box" more_lines "replaced by" "$replaced" || finish
first=$(box); before=$(port)

# sync: an edit, served by the running box; a file of the image deleted; an excluded file, nothing
edited=$(now); echo "second" > site/www/index.html
wait_for 30 "sync served" serves index.html second && log "sync: served $(since "$edited") s after the edit"
echo "scratch" > site/www/scratch.tmp
rm site/www/gone.html
wait_for 30 "gone.html deleted" bash -c "! docker exec $first test -e /www/gone.html"
log "gone: $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(port)/gone.html")"

# an excluded folder moved in whole (one event, for the folder): what its exception (!) includes is synced
mkdir -p vendor-made && echo kept > vendor-made/keep.txt && echo big > vendor-made/big.js
mv vendor-made site/www/vendor
wait_for 30 "the exception of the folder moved in served" serves vendor/keep.txt kept \
  && log "vendor: keep.txt served, big.js $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$(port)/vendor/big.js")"

# rebuild: a change of the Dockerfile, served by a new container on the same host port
echo 'RUN echo rebuilt > /www/rebuilt.html' >> site/Dockerfile.ftl
wait_for 120 "rebuild served" serves rebuilt.html rebuilt || finish
log "rebuild: port $before -> $(port), same: $([ "$before" = "$(port)" ] && echo true || echo false), container $(box)"
log "after the rebuild, index.html: $(curl -fsS "http://localhost:$(port)/index.html")"

# a parent's input: the parent is rebuilt, then the box on it
echo "base two" > base/base.txt
wait_for 120 "parent rebuild served" serves base.txt "base two" || finish
log "parent: base.txt served: $(curl -fsS "http://localhost:$(port)/base.txt")"

# a failing edit: the old container keeps serving; undone and touched: nothing to build
kept=$(box); failed=$(lines "the rebuild failed")
echo 'RUN false' >> site/Dockerfile.ftl
wait_for 120 "rebuild failed" more_lines "the rebuild failed" "$failed" || finish
log "failed: same container: $([ "$kept" = "$(box)" ] && echo true || echo false), serves: $(curl -fsS "http://localhost:$(port)/index.html")"
unchanged=$(lines "inputs unchanged, nothing to do")
sed -i '$d' site/Dockerfile.ftl
wait_for 60 "undone: nothing to do" more_lines "inputs unchanged, nothing to do" "$unchanged" || finish
unchanged=$(lines "inputs unchanged, nothing to do")
touch site/Dockerfile.ftl
wait_for 60 "touched: nothing to do" more_lines "inputs unchanged, nothing to do" "$unchanged" || finish

# the POM: read once, so watch says it must be started again
touch pom.xml
wait_for 30 "the POM change said" grep -q "pom.xml changed, but watch read the configuration when it started" maven-watch.log || finish

# a box that exits: said with its last lines; the next change gets a new one, on the same port
docker kill "$(box)" > /dev/null
wait_for 30 "the exit reported" grep -q "exited (exited, exit code 137)" maven-watch.log || finish
echo "third" > site/www/index.html
wait_for 120 "a new box serves the edit" serves index.html third || finish
log "after the exit: port $before -> $(port), same: $([ "$before" = "$(port)" ] && echo true || echo false)"

# Ctrl-C in the middle of a rebuild whose RUN step takes a while
echo 'RUN sleep 30 && echo it-watch-interrupted' >> site/Dockerfile.ftl
wait_for 120 "the slow step runs" grep -q "RUN sleep 30" maven-watch.log || finish
interrupted=$(now); stop_maven; log "Maven ended $(since "$interrupted") s after Ctrl-C"
docker ps -a --no-trunc --filter "label=dockerbox.project=$P" --format 'at its end: {{.Names}} {{.Status}} {{.Command}}' >> events.log
# What the project had: its containers (a build's intermediate one carries its parent image's labels too) and its network.
left() { echo "containers $(docker ps -aq --filter "label=dockerbox.project=$P" | wc -l), network $(docker network ls -q --filter name=dockerbox-watch-loop | wc -l), build containers $(docker ps -a --no-trunc --format '{{.Command}}' | grep -c it-watch-interrupted)"; }
wait_for 30 "nothing left" bash -c "[ \"\$(docker ps -aq --filter label=dockerbox.project=$P; docker network ls -q --filter name=dockerbox-watch-loop)\" = '' ]"
log "after Ctrl-C: $(left), $(since "$interrupted") s after it"
docker ps -a --no-trunc --filter "label=dockerbox.project=$P" --format 'left: {{.Names}} {{.Status}} {{.Command}}' >> events.log
log "done"
