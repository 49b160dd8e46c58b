#!/usr/bin/env bash
# engine-context's engine: a second engine of its own (it/host-engine.sh) and a DOCKER_CONFIG of its own
# in which the docker CLI itself made a context for that engine and made it current, as a user does.
# dockerbox must then find the engine the way the CLI does. DOCKER_CONFIG keeps root's ~/.docker out of it.
#   engine.sh start IT_DIR IMAGE | stop IT_DIR      (IT_DIR: the it/ folder, where host-engine.sh is)
set -u
D=/tmp/dockerbox-it-ctx
NAME=dbx-it-ctx

case "$1" in
  start)
    bash "$2/host-engine.sh" ctx 10.233 start "$3" || exit 1
    export DOCKER_CONFIG=$D/config
    # Whatever the caller's environment names would win over the current context (the CLI's order too).
    unset DOCKER_HOST DOCKER_CONTEXT
    docker context create $NAME --description "dockerbox IT engine-context" --docker host=unix://$D/docker.sock >/dev/null || exit 1
    docker context use $NAME >/dev/null || exit 1
    # The CLI reaches this engine through the current context alone, or the IT would test nothing.
    root=$(docker info --format '{{.DockerRootDir}}') || exit 1
    [ "$root" = $D/data ] || { echo "the context $NAME reaches the engine at $root, not the IT's"; exit 1; }
    ;;
  stop)
    # The engine's folder holds the DOCKER_CONFIG too: both go.
    bash "$2/host-engine.sh" ctx 10.233 stop
    ;;
  *)
    echo "usage: engine.sh start IT_DIR IMAGE | stop IT_DIR" >&2; exit 2
    ;;
esac
exit 0
