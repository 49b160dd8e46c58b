#!/usr/bin/env bash
# A real registry (Debian's docker-registry, Docker's distribution server) for the sharing ITs.
#   registry.sh plain PORT DIR                 plain HTTP on 127.0.0.1:PORT (the engine allows loopback without TLS)
#   registry.sh tls PORT DIR USER PASSWORD     TLS with basic auth; a CA of its own that the engine trusts for
#                                              localhost:PORT and 127.0.0.1:PORT
#   registry.sh stop DIR
set -euo pipefail
cmd=$1
case "$cmd" in
  plain|tls)
    port=$2; dir=$3
    bash "$0" stop "$dir" || true
    rm -rf "$dir"; mkdir -p "$dir/data"
    if [ "$cmd" = tls ]; then
      user=$4; password=$5
      (
        cd "$dir"
        openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 3 -subj "/CN=dockerbox-it-ca" 2>/dev/null
        openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr -subj "/CN=localhost" 2>/dev/null
        printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > ext.cnf
        openssl x509 -req -in server.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out server.crt -days 3 -extfile ext.cnf 2>/dev/null
        htpasswd -Bbn "$user" "$password" > htpasswd
      )
      for host in localhost 127.0.0.1; do
        mkdir -p "/etc/docker/certs.d/$host:$port"
        cp "$dir/ca.crt" "/etc/docker/certs.d/$host:$port/ca.crt"
      done
      cat > "$dir/config.yml" <<YML
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $dir/data}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$port, tls: {certificate: $dir/server.crt, key: $dir/server.key}}
auth: {htpasswd: {realm: dockerbox-it, path: $dir/htpasswd}}
YML
      url=https://127.0.0.1:$port/v2/; curl_opts=(--cacert "$dir/ca.crt")
    else
      cat > "$dir/config.yml" <<YML
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $dir/data}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$port}
YML
      url=http://127.0.0.1:$port/v2/; curl_opts=()
    fi
    nohup docker-registry serve "$dir/config.yml" > "$dir/registry.log" 2>&1 &
    echo $! > "$dir/pid"
    # Ready when it answers at all (401 from an auth registry is an answer).
    for _ in $(seq 100); do
      code=$(curl -s -o /dev/null -w '%{http_code}' "${curl_opts[@]}" "$url" || true)
      [ "$code" = 200 ] || [ "$code" = 401 ] && exit 0
      sleep 0.1
    done
    echo "registry on port $port did not answer; its log:"; cat "$dir/registry.log"; exit 1
    ;;
  stop)
    dir=$2
    [ -f "$dir/pid" ] && kill "$(cat "$dir/pid")" 2>/dev/null || true
    rm -f "$dir/pid"
    ;;
  *) echo "usage: registry.sh plain|tls|stop ..."; exit 2 ;;
esac
