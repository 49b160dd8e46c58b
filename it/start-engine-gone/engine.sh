#!/usr/bin/env bash
# A second Docker engine of this IT's own, so killing it disturbs no other test.
# engine.sh start IMAGE | kill-later SECONDS | stop
set -u
D=/tmp/dockerbox-it-d2
SOCK=unix://$D/docker.sock

BRIDGE=br-dbx-it2

run_dockerd() {
  mkdir -p $D
  # Its own roots and its own default bridge (with --bridge=none, or sharing, the engine tears down
  # the main engine's docker0), no iptables, and an address pool apart from the main engine's: in
  # 10/8, which Docker's default pools (172.17-31/16, 192.168/20s) never use; a 172.31 pool failed
  # in CI once the main engine had handed out 172.31.0.0/16 to a network of its own.
  ip link show $BRIDGE >/dev/null 2>&1 || {
    ip link add $BRIDGE type bridge && ip addr add 10.231.250.1/24 dev $BRIDGE && ip link set $BRIDGE up
  }
  nohup dockerd --data-root $D/data --exec-root $D/exec --pidfile $D/docker.pid -H $SOCK \
    --bridge=$BRIDGE --iptables=false --ip-masq=false --default-address-pool base=10.231.240.0/21,size=24 \
    >> $D/dockerd.log 2>&1 &
  for i in $(seq 150); do docker -H $SOCK info >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

case "$1" in
  start)
    "$0" stop >/dev/null 2>&1
    run_dockerd || { tail -20 $D/dockerd.log; exit 1; }
    docker save "$2" | docker -H $SOCK load -q
    ;;
  kill-later)
    (sleep "$2"; kill -9 "$(cat $D/docker.pid)") >/dev/null 2>&1 &
    ;;
  stop)
    [ -d $D ] || exit 0
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
    # Bridges of this engine's networks (its address pool, 10.231.240-247) outlive a killed engine.
    ip -o -4 addr show 2>/dev/null | awk '$4 ~ /^10\.231\.24[0-7]\./ {print $2}' | sort -u | xargs -r -n1 ip link delete 2>/dev/null
    ip link delete $BRIDGE 2>/dev/null
    ;;
esac
exit 0
