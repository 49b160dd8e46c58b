#!/usr/bin/env bash
# Interrupts the Maven build of this project while dockerbox:start waits: SIGINT in the first run,
# SIGTERM in the second; each once a container of the project runs. Writes what it did to interrupt.log.
set -u
DIR=$(pwd)
PROJECT=io.dockerbox.it:fault-interrupt
for signal in INT TERM; do
  pid=""
  for i in $(seq 900); do
    if [ -n "$(docker ps -q --filter "label=dockerbox.project=$PROJECT" --filter status=running)" ]; then
      pid=$(pgrep -f "maven.multiModuleProjectDirectory=$DIR .*org.codehaus.plexus.classworlds.launcher.Launcher" | head -n 1)
      [ -n "$pid" ] && break
    fi
    sleep 0.2
  done
  [ -n "$pid" ] || { echo "no Maven build with a running box found" >> interrupt.log; exit 1; }
  sleep 1
  echo "SIG$signal to Maven ($pid) at $(date +%T.%N)" >> interrupt.log
  kill -$signal "$pid"
  for i in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  echo "Maven ended at $(date +%T.%N); containers of the project: $(docker ps -aq --filter "label=dockerbox.project=$PROJECT" | wc -l)" >> interrupt.log
done
echo "done" >> interrupt.log
