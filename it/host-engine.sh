#!/usr/bin/env bash
# A second Docker engine of an IT's own on a unix socket, on the host's network: its published ports
# are reached at localhost as on a machine's own engine (second-engine.sh's engine lives in a network
# namespace, where they are not). Nothing is shared with the main engine or another IT's engine.
#   host-engine.sh ID NET start IMAGE   unix:///tmp/dockerbox-it-ID/docker.sock, IMAGE loaded from the main engine
#   host-engine.sh ID NET stop          stops it and removes everything it made
# NET is the first two bytes of its addresses (10.233): default bridge br-dbx-ID at NET.250.1/24, networks
# from NET.240.0/21. In use: 10.232 remote-tls (an engine.sh of its own), 10.233 engine-context, 10.234 engine-ssh.
# stop removes everything under /tmp/dockerbox-it-ID, so an IT keeps its other files there too.
set -u
ID=$1
NET=$2
shift 2
D=/tmp/dockerbox-it-$ID
SOCK=unix://$D/docker.sock
BRIDGE=br-dbx-$ID

run_dockerd() {
  mkdir -p $D
  # Its own default bridge: docker0 is the main engine's, and a second dockerd on the host's network has
  # been seen to delete it under the main engine (second-engine.sh). No iptables, so
  # published ports go through docker-proxy on the host, which is what makes them reachable at localhost.
  ip link show $BRIDGE >/dev/null 2>&1 || {
    ip link add $BRIDGE type bridge && ip addr add $NET.250.1/24 dev $BRIDGE && ip link set $BRIDGE up
  } || return 1
  nohup dockerd --data-root $D/data --exec-root $D/exec --pidfile $D/docker.pid -H $SOCK \
    --bridge=$BRIDGE --iptables=false --ip-masq=false --default-address-pool base=$NET.240.0/21,size=24 \
    >> $D/dockerd.log 2>&1 &
  for i in $(seq 150); do docker -H $SOCK info >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

stop_engine() {
  if docker -H $SOCK info >/dev/null 2>&1; then
    ids=$(docker -H $SOCK ps -aq)
    [ -n "$ids" ] && docker -H $SOCK rm -f $ids >/dev/null 2>&1
  fi
  # Ended by the pid files it wrote, never by name (other ITs run engines beside it): dockerd, then the
  # containerd it started, then whatever still runs in this engine's containers (found by their cgroups).
  for pidfile in $D/docker.pid $D/exec/containerd/containerd.pid; do
    pid=$(cat $pidfile 2>/dev/null) || continue
    kill "$pid" 2>/dev/null
    for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  for id in $(ls $D/data/containers 2>/dev/null); do
    cat /sys/fs/cgroup/*/docker/$id/cgroup.procs /sys/fs/cgroup/docker/$id/cgroup.procs 2>/dev/null | sort -u | xargs -r kill -9 2>/dev/null
  done
  # A dockerd that ended leaves its netns and overlay mounts busy under its folders.
  mount | awk -v d="$D" '$3 ~ "^"d {print $3}' | sort -r | xargs -r umount -l 2>/dev/null
  rm -rf $D
  # The bridges of the networks it made (its address pool), then its default bridge.
  ip -o -4 addr show 2>/dev/null | awk -v p="^${NET//./\\.}\\.24[0-7]\\." '$4 ~ p {print $2}' | sort -u | xargs -r -n1 ip link delete 2>/dev/null
  ip link delete $BRIDGE 2>/dev/null
  return 0
}

case "$1" in
  start)
    # What a run that never reached its verify.groovy left behind.
    stop_engine
    run_dockerd || { tail -20 $D/dockerd.log; exit 1; }
    docker save "$2" | docker -H $SOCK load -q || exit 1
    ;;
  stop)
    stop_engine
    ;;
  *)
    echo "usage: host-engine.sh ID NET start IMAGE | stop" >&2; exit 2
    ;;
esac
exit 0
