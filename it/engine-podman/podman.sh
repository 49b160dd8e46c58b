#!/usr/bin/env bash
# Podman's Docker-compatible API service for the engine-podman IT; everything it makes is under one folder.
#   podman.sh start IMAGE   starts it and loads IMAGE from the main Docker engine
#   podman.sh stop          stops it and removes everything it made
# Its socket is unix:///tmp/dockerbox-podman/podman.sock. Root here lacks CAP_SYS_RESOURCE, so Podman's
# default ulimits fail every container ("error setting rlimit"): its containers.conf lowers them to
# what this process may set.
set -u
D=/tmp/dockerbox-podman
SOCK=$D/podman.sock
remote() { podman --url unix://$SOCK "$@"; }

stop_service() {
  [ -d $D ] || return 0
  if curl -sf --unix-socket $SOCK http://d/_ping >/dev/null 2>&1; then
    remote rm -af -t 0 >/dev/null 2>&1
    remote network rm -f dockerbox-engine-podman >/dev/null 2>&1
  fi
  pid=$(cat $D/service.pid 2>/dev/null)
  if [ -n "$pid" ]; then
    kill "$pid" 2>/dev/null
    for i in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null
  fi
  # conmon waits 300 s after an exec for its exit code to be read; these are the service's own, by their folder.
  pgrep -f "$D/" | xargs -r kill -9 2>/dev/null
  mount | awk -v d="$D" '$3 ~ "^"d {print $3}' | sort -r | xargs -r umount -l 2>/dev/null
  rm -rf $D
}

case "$1" in
  start)
    if ! command -v podman >/dev/null 2>&1; then
      echo "podman is not installed: this IT runs dockerbox against Podman's Docker API (apt-get install -y podman; .ci/run installs it)" >&2
      exit 1
    fi
    stop_service
    mkdir -p $D
    printf '[containers]\ndefault_ulimits = ["nofile=%s:%s", "nproc=32768:32768"]\n' "$(ulimit -Hn)" "$(ulimit -Hn)" > $D/containers.conf
    # The IT's registry speaks plain HTTP: Podman, unlike Docker, wants even a loopback one listed as insecure.
    printf '[[registry]]\nlocation = "127.0.0.1:38956"\ninsecure = true\n' > $D/registries.conf
    # TMPDIR: Buildah keeps RUN --mount=type=cache content in $TMPDIR/buildah-cache (else /var/tmp).
    mkdir -p $D/tmp
    TMPDIR=$D/tmp CONTAINERS_REGISTRIES_CONF=$D/registries.conf CONTAINERS_CONF=$D/containers.conf setsid podman --root $D/root --runroot $D/run --tmpdir $D/tmp system service --time=0 unix://$SOCK \
      > $D/service.log 2>&1 < /dev/null &
    echo $! > $D/service.pid
    for i in $(seq 150); do curl -sf --unix-socket $SOCK http://d/_ping >/dev/null 2>&1 && break; sleep 0.2; done
    curl -sf --unix-socket $SOCK http://d/_ping >/dev/null 2>&1 || { echo "the Podman service did not answer within 30 s" >&2; tail -20 $D/service.log >&2; exit 1; }
    docker save "$2" | remote load -q
    ;;
  stop)
    stop_service
    ;;
esac
