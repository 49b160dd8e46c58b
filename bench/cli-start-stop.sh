#!/usr/bin/env bash
# The docker CLI's way to start a box, wait until it answers HTTP 200, and remove it: what a script would do.
#   bench/cli-start-stop.sh IMAGE            on the engine's default bridge
#   bench/cli-start-stop.sh IMAGE --network  on a network of its own, made and removed around the run,
#                                            as dockerbox does (its project network)
set -euo pipefail
net=()
if [ "${2:-}" = --network ]; then
  name=bench-cli-net-$$
  docker network create "$name" >/dev/null
  net=(--network "$name")
fi
id=$(docker run -d "${net[@]}" -p 127.0.0.1::80 "$1")
port=$(docker port "$id" 80/tcp | head -1 | sed 's/.*://')
for _ in $(seq 400); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/index.html" && break
  sleep 0.05
done
docker rm -f "$id" >/dev/null
if [ ${#net[@]} -gt 0 ]; then docker network rm "$name" >/dev/null; fi
