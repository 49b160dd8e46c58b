#!/usr/bin/env bash
# Makes the local base image the integration tests and the example build on.
# No registry is reachable here, so the base is a static busybox copied into a scratch image.
set -euo pipefail
IMAGE=${1:-dockerbox/busybox:1}
if docker image inspect "$IMAGE" >/dev/null 2>&1; then
  echo "base image $IMAGE present"
  exit 0
fi
BUSYBOX=$(command -v busybox || true)
[ -x /bin/busybox ] && BUSYBOX=/bin/busybox
[ -n "$BUSYBOX" ] || { echo "busybox-static is not installed (apt-get install -y busybox-static)" >&2; exit 1; }
ctx=$(mktemp -d)
trap 'rm -rf "$ctx"' EXIT
cp "$BUSYBOX" "$ctx/busybox"
cat > "$ctx/Dockerfile" <<'DOCKERFILE'
FROM scratch
COPY busybox /bin/busybox
RUN ["/bin/busybox", "--install", "-s", "/bin"]
CMD ["/bin/sh"]
DOCKERFILE
DOCKER_BUILDKIT=0 docker build -q -t "$IMAGE" "$ctx"
echo "base image $IMAGE built"
