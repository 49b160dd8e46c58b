#!/usr/bin/env bash
# A second Docker engine of this IT's own, on a loopback TLS port: a "remote" engine. Nothing is
# shared with the main engine or with start-engine-gone's (/tmp/dockerbox-it-d2, br-dbx-it2, 10.231/16).
# engine.sh start IMAGE | stop
set -u
D=/tmp/dockerbox-it-tls
HOST=tcp://127.0.0.1:38960
BRIDGE=br-dbx-tls
C=$D/certs

# A CA; the server's certificate for 127.0.0.1 and localhost; the client's in one folder as the
# docker CLI and DOCKER_CERT_PATH want it (ca.pem cert.pem key.pem); and two wrong client folders:
# wrong-ca trusts another CA (the engine's certificate is then unknown to the client), unknown-client
# holds a certificate of another CA (the engine refuses the client); garbage holds no PEM at all.
certs() {
  mkdir -p $C/server $C/client $C/wrong-ca $C/unknown-client $C/garbage $C/work && cd $C/work || return 1
  for f in ca.pem cert.pem key.pem; do echo "not a certificate" > $C/garbage/$f; done
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca-key.pem -out ca.pem -days 2 -subj /CN=dockerbox-it-tls-ca
  openssl req -x509 -newkey rsa:2048 -nodes -keyout other-ca-key.pem -out other-ca.pem -days 2 -subj /CN=another-ca
  printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n' > server.ext
  printf 'extendedKeyUsage=clientAuth\n' > client.ext
  sign() { # NAME CN CA EXT
    openssl req -newkey rsa:2048 -nodes -keyout $1-key.pem -out $1.csr -subj "/CN=$2"
    openssl x509 -req -in $1.csr -CA $3.pem -CAkey $3-key.pem -CAcreateserial -days 2 -extfile $4 -out $1-cert.pem
  }
  sign server localhost ca server.ext && sign client dockerbox-it ca client.ext && sign stranger stranger other-ca client.ext
  cp ca.pem $C/server/ca.pem && cp server-cert.pem $C/server/cert.pem && cp server-key.pem $C/server/key.pem
  cp ca.pem $C/client/ca.pem && cp client-cert.pem $C/client/cert.pem && cp client-key.pem $C/client/key.pem
  cp other-ca.pem $C/wrong-ca/ca.pem && cp client-cert.pem $C/wrong-ca/cert.pem && cp client-key.pem $C/wrong-ca/key.pem
  cp ca.pem $C/unknown-client/ca.pem && cp stranger-cert.pem $C/unknown-client/cert.pem && cp stranger-key.pem $C/unknown-client/key.pem
}

client() {
  docker -H $HOST --tlsverify --tlscacert $C/client/ca.pem --tlscert $C/client/cert.pem --tlskey $C/client/key.pem "$@"
}

run_dockerd() {
  # Its own roots, its own default bridge, no iptables (published ports go through docker-proxy),
  # and an address pool in 10/8 apart from the main engine's and from start-engine-gone's.
  ip link show $BRIDGE >/dev/null 2>&1 || {
    ip link add $BRIDGE type bridge && ip addr add 10.232.250.1/24 dev $BRIDGE && ip link set $BRIDGE up
  }
  nohup dockerd --data-root $D/data --exec-root $D/exec --pidfile $D/docker.pid -H $HOST \
    --tlsverify --tlscacert $C/server/ca.pem --tlscert $C/server/cert.pem --tlskey $C/server/key.pem \
    --bridge=$BRIDGE --iptables=false --ip-masq=false --default-address-pool base=10.232.240.0/21,size=24 \
    >> $D/dockerd.log 2>&1 &
  for i in $(seq 150); do client info >/dev/null 2>&1 && return 0; sleep 0.2; done
  return 1
}

stop_engine() {
  [ -d $D ] || return 0
  if client info >/dev/null 2>&1; then
    ids=$(client ps -aq)
    [ -n "$ids" ] && client rm -f $ids >/dev/null 2>&1
  fi
  # Ended by the pid files it wrote, never by name: dockerd, then its containerd, then whatever
  # still runs in this engine's containers (found by their cgroups).
  for pidfile in $D/docker.pid $D/exec/containerd/containerd.pid; do
    pid=$(cat $pidfile 2>/dev/null) || continue
    kill "$pid" 2>/dev/null
    for i in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  done
  for id in $(ls $D/data/containers 2>/dev/null); do
    cat /sys/fs/cgroup/*/docker/$id/cgroup.procs /sys/fs/cgroup/docker/$id/cgroup.procs 2>/dev/null | sort -u | xargs -r kill -9 2>/dev/null
  done
  mount | awk -v d="$D" '$3 ~ "^"d {print $3}' | sort -r | xargs -r umount -l 2>/dev/null
  rm -rf $D
  # Bridges of this engine's networks (its address pool, 10.232.240-247), then its default bridge.
  ip -o -4 addr show 2>/dev/null | awk '$4 ~ /^10\.232\.24[0-7]\./ {print $2}' | sort -u | xargs -r -n1 ip link delete 2>/dev/null
  ip link delete $BRIDGE 2>/dev/null
}

case "$1" in
  start)
    stop_engine >/dev/null 2>&1
    mkdir -p $D
    (certs) >> $D/certs.log 2>&1 || { tail -20 $D/certs.log; exit 1; }
    run_dockerd || { tail -20 $D/dockerd.log; exit 1; }
    docker save "$2" | client load -q
    ;;
  stop)
    stop_engine
    ;;
esac
exit 0
