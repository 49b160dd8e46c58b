#!/usr/bin/env bash
# A second Docker engine of an IT's own, so killing or restarting it disturbs no other test.
#   second-engine.sh ID OCTET start IMAGE          starts it, with IMAGE loaded from the main engine
#   second-engine.sh ID OCTET kill-when-running P  kills it (-9) once a container of project P runs
#   second-engine.sh ID OCTET kill-during-build    kills it (-9) once a build step runs "sleep 301", starts it again
#   second-engine.sh ID OCTET await                waits until it answers (60 s at most)
#   second-engine.sh ID OCTET restart              a graceful restart: it stops its containers and comes back
#   second-engine.sh ID OCTET stop                 stops it and removes everything it made
# Its socket is unix:///tmp/dockerbox-it-ID/docker.sock; its bridge and address pool are in 10.OCTET/16,
# apart from the main engine's pools (172.17-31/16, 192.168/20s) and from other ITs' OCTETs.
set -u
ID=$1
OCTET=$2
shift 2
D=/tmp/dockerbox-it-$ID
SOCK=unix://$D/docker.sock
BRIDGE=br-dbx-$ID

run_dockerd() {
  mkdir -p $D
  # Its own roots and its own default bridge (with --bridge=none, or sharing, the engine tears down
  # the main engine's docker0), no iptables.
  ip link show $BRIDGE >/dev/null 2>&1 || {
    ip link add $BRIDGE type bridge && ip addr add 10.$OCTET.250.1/24 dev $BRIDGE && ip link set $BRIDGE up
  }
  nohup dockerd --data-root $D/data --exec-root $D/exec --pidfile $D/docker.pid -H $SOCK \
    --bridge=$BRIDGE --iptables=false --ip-masq=false --default-address-pool base=10.$OCTET.240.0/21,size=24 \
    >> $D/dockerd.log 2>&1 &
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
  # Bridges of this engine's networks (its address pool, 10.OCTET.240-247) outlive a killed engine.
  ip -o -4 addr show 2>/dev/null | awk -v p="^10\\\\.$OCTET\\\\.24[0-7]\\\\." '$4 ~ p {print $2}' | sort -u | xargs -r -n1 ip link delete 2>/dev/null
  ip link delete $BRIDGE 2>/dev/null
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
