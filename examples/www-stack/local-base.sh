#!/usr/bin/env bash
# Makes a Debian bookworm base image on a machine that reaches Debian's mirror but no container
# registry (this project's CI): debootstrap's minbase, imported with `docker import`.
# The image gets a name of its own (default dockerbox-local/debian:bookworm): a local image is
# never tagged with an official name such as debian:bookworm-slim.
# Use it:  examples/www-stack/local-base.sh && mvn verify -Dwww.base=dockerbox-local/debian:bookworm
set -euo pipefail
IMAGE=${1:-dockerbox-local/debian:bookworm}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "base image $IMAGE present"
  exit 0
fi
command -v debootstrap >/dev/null 2>&1 || { echo "debootstrap is not installed (apt-get install -y debootstrap)" >&2; exit 1; }
[ "$(id -u)" = 0 ] || { echo "debootstrap needs root" >&2; exit 1; }
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$MIRROR" >/tmp/dockerbox-debootstrap.log 2>&1 \
  || { echo "debootstrap failed; last lines of /tmp/dockerbox-debootstrap.log:" >&2; tail -n 20 /tmp/dockerbox-debootstrap.log >&2; exit 1; }
# What an official Debian image leaves out: package caches and lists.
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import --change 'CMD ["/bin/bash"]' - "$IMAGE" >/dev/null
echo "base image $IMAGE made with debootstrap in $(( $(date +%s) - start )) s"
