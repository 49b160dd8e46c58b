#!/usr/bin/env bash
# A second Docker engine of an IT's own, so killing or restarting it disturbs no other test.
#   second-engine.sh ID start IMAGE          starts it, with IMAGE loaded from the main engine
#   second-engine.sh ID kill-when-running P  kills it (-9) once a container of project P runs
#   second-engine.sh ID kill-during-build    kills it (-9) once a build step runs "sleep 301", starts it again
#   second-engine.sh ID await                waits until it answers (60 s at most)
#   second-engine.sh ID restart              a graceful restart: it stops its containers and comes back
#   second-engine.sh ID stop                 stops it and removes everything it made
# Its socket is unix:///tmp/dockerbox-it-ID/docker.sock. It runs in a network namespace of its own
# (dbx-ID): a dockerd that starts again on the host's network deletes the host's docker0 (seen with
# 20.10, after a restart with the same data root, gracefully or not), which broke the main engine's
# builds in the middle of the test run. nsenter, not "ip netns exec", which would hide the cgroups.
set -u
ID=$1
shift
D=/tmp/dockerbox-it-$ID
SOCK=unix://$D/docker.sock
NETNS=dbx-$ID

run_dockerd() {
  mkdir -p $D
  [ -e /var/run/netns/$NETNS ] || { ip netns add $NETNS && ip netns exec $NETNS ip link set lo up; } || return 1
  nsenter --net=/var/run/netns/$NETNS nohup dockerd --data-root $D/data --exec-root $D/exec --pidfile $D/docker.pid \
    -H $SOCK >> $D/dockerd.log 2>&1 &
  for i in $(seq 300); do docker -H $SOCK info >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

stop_engine() {
  [ -d $D ] || return 0
  if docker -H $SOCK info >/dev/null 2>&1; then
    ids=$(docker -H $SOCK ps -aq)
    [ -n "$ids" ] && docker -H $SOCK rm -f $ids >/dev/null 2>&1
    pid=$(cat $D/docker.pid 2>/dev/null)
    kill "$pid" 2>/dev/null
    for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  fi
  # A killed engine leaves its containers running under their shims: end them by their cgroups,
  # then whatever still runs from this engine's folders (its containerd, the shims).
  for id in $(ls $D/data/containers 2>/dev/null); do
    cat /sys/fs/cgroup/*/docker/$id/cgroup.procs /sys/fs/cgroup/docker/$id/cgroup.procs 2>/dev/null | sort -u | xargs -r kill -9 2>/dev/null
  done
  pkill -9 -f "$D" 2>/dev/null
  sleep 0.5
  mount | awk -v d="$D" '$3 ~ "^"d {print $3}' | sort -r | xargs -r umount -l 2>/dev/null
  rm -rf $D
  ip netns del $NETNS 2>/dev/null
}

case "$1" in
  start)
    stop_engine >/dev/null 2>&1
    run_dockerd || { tail -20 $D/dockerd.log; exit 1; }
    docker save "$2" | docker -H $SOCK load -q
    ;;
  kill-when-running)
    # However long Maven took to get there on a loaded machine; gives up after 180 s.
    (for i in $(seq 900); do
       [ -n "$(docker -H $SOCK ps -q --filter "label=dockerbox.project=$2" 2>/dev/null)" ] && { sleep 1; break; }
       sleep 0.2
     done
     kill -9 "$(cat $D/docker.pid)") >/dev/null 2>&1 &
    ;;
  kill-during-build)
    # "sleep 301" is a process of this machine, seen from here. The engine is killed with its
    # containerd and shims, as when the machine under it fails (a containerd left behind made the
    # next dockerd time out waiting for its own), and a second later started again.
    (for i in $(seq 900); do
       pgrep -f '^sleep 301$' >/dev/null && break
       sleep 0.2
     done
     echo "killing the engine during the build: $(date +%T.%N)" >> $D/events.log
     # For the IT to measure how long the build went on after the kill, in seconds since the epoch.
     date +%s.%N > $D/killed-at
     kill -9 "$(cat $D/docker.pid)"
     pkill -9 -f "$D/exec" 2>/dev/null
     pkill -9 -f '^sleep 301$' 2>/dev/null
     sleep 1
     # A killed dockerd may stay a zombie (nobody here reaps it), and dockerd refuses to start while
     # the process of its pid file exists.
     rm -f $D/docker.pid $D/exec/containerd/containerd.pid
     run_dockerd
     echo "engine running again: $(date +%T.%N)" >> $D/events.log) >/dev/null 2>&1 &
    ;;
  await)
    for i in $(seq 300); do docker -H $SOCK info >/dev/null 2>&1 && exit 0; sleep 0.2; done
    echo "the engine did not come back within 60 s" >&2; exit 1
    ;;
  restart)
    pid=$(cat $D/docker.pid)
    kill "$pid"
    for i in $(seq 300); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    run_dockerd || { tail -20 $D/dockerd.log; exit 1; }
    ;;
  stop)
    stop_engine
    pkill -9 -f '^sleep 301$' 2>/dev/null
    ;;
esac
exit 0
