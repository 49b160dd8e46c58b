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
  # A shell without job control starts background jobs with SIGINT ignored, and the JVM then installs
  # no handler for it (a CI job run with "&" passes that down to the Maven under test): say so and
  # send SIGTERM, which reaches the same shutdown hook, rather than wait for a signal that cannot act.
  ignored=$(awk '/^SigIgn:/ {print $2}' "/proc/$pid/status" 2>/dev/null)
  if [ "$signal" = INT ] && [ -n "$ignored" ] && [ $((16#$ignored & 2)) -ne 0 ]; then
    echo "SIGINT is ignored by Maven ($pid): it was started in the background without job control; SIGTERM instead" >> interrupt.log
    signal=TERM
  fi
  echo "SIG$signal to Maven ($pid) at $(date +%T.%N)" >> interrupt.log
  kill -$signal "$pid"
  for i in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  if kill -0 "$pid" 2>/dev/null; then
    echo "Maven ($pid) still runs 30 s after SIG$signal" >> interrupt.log
  else
    echo "Maven ended at $(date +%T.%N); containers of the project: $(docker ps -aq --filter "label=dockerbox.project=$PROJECT" | wc -l)" >> interrupt.log
  fi
done
echo "done" >> interrupt.log
