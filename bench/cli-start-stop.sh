#!/usr/bin/env bash
# The docker CLI's way to start a box, wait until it answers HTTP 200, and remove it: what a script would do.
set -euo pipefail
id=$(docker run -d -p 127.0.0.1::80 "$1")
port=$(docker port "$id" 80/tcp | head -1 | sed 's/.*://')
for _ in $(seq 400); do
  curl -fs -o /dev/null "http://127.0.0.1:$port/index.html" && break
  sleep 0.05
done
docker rm -f "$id" >/dev/null
