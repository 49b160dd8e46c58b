# The watch scenario of bench/run.sh (SCENARIOS=watch, or "build watch" with the others), sourced by it:
# dockerbox:watch on a copy of examples/www-stack, as a developer uses it. Measures
#   sync     editing one PHP file of source/www until the box serves the new content (median of WATCH_RUNS),
#   rebuild  editing the site box's nginx config until the new image is built inside watch, and until the
#            new container serves it (it waits for MariaDB, as start does),
#   build    mvn dockerbox:build for the same kind of change, watch not running but the box started (as
#            while one watches): the rebuild's target is build + 1 s; every edit SETTLE s after the box
#            last started,
#   idle     the CPU that watching 100 000 files costs over IDLE_SECONDS (60) while nothing changes,
#            IDLE_SETTLE s (30) after watching began: utime + stime of Maven's JVM from /proc, target
#            under 1 % of one core.
# Needs the Debian base of the example (WWW_BASE, default dockerbox-local/debian:bookworm, made by
# examples/www-stack/local-base.sh). Its boxes are named bench/example/* and its project bench-www-watch,
# so it shares no image or container with the example's own runs.
WWW_BASE=${WWW_BASE:-dockerbox-local/debian:bookworm}
WATCH_RUNS=${WATCH_RUNS:-$RUNS}
IDLE_SECONDS=${IDLE_SECONDS:-60}
SETTLE=${SETTLE:-5}          # seconds after a box started or was replaced before the next edit
IDLE_SETTLE=${IDLE_SETTLE:-30}  # seconds after watch began watching before the idle CPU is taken
WATCH_LINES=()
W=$WORK/www-watch
# Every edit's content is new to the engine, so no build of either side is answered from its layer cache.
NONCE=$(date +%s)
WMVN="mvn -B -nsu"   # not quiet: watch's lines are what the scenario waits for
ms_now() { date +%s%3N; }
# until_ms BOUND_S CMD...: ms until CMD succeeds (polled every 20 ms), or FAIL after BOUND_S seconds
until_ms() {
  local bound=$1 begin; shift; begin=$(ms_now)
  while ! "$@" >/dev/null 2>&1; do
    [ $(( $(ms_now) - begin )) -gt $((bound * 1000)) ] && { echo FAIL; return 1; }
    sleep 0.02
  done
  echo $(( $(ms_now) - begin ))
}
# watch_start DIR LOG: dockerbox:watch in the background with job control on, so that it keeps SIGINT
# (a script's background jobs otherwise ignore it, and so would the JVM), and SIGINT set back to its
# default (a script started with it ignored cannot undo that for its children); WATCH_PID is Maven's JVM.
watch_start() {
  set -m
  (cd "$1" && exec env --default-signal=INT $WMVN -Dwww.base="$WWW_BASE" -Dwww.registry=bench/ dockerbox:watch > "$2" 2>&1) &
  WATCH_PID=$!
  set +m
  until_ms 900 grep -q "watch: watching" "$2" >/dev/null || die "FAILED: watch did not start, see $2"
}
watch_stop() { kill -INT "$WATCH_PID" 2>/dev/null; wait "$WATCH_PID" 2>/dev/null || true; }
served() { curl -fsS "http://localhost:$(sed -n 's/^site\.port=//p' "$W/target/dockerbox/ports.properties")/$1"; }
serves() { [ "$(served "$1")" = "$2" ]; }
header_is() { curl -fsSI "http://localhost:$(sed -n 's/^site\.port=//p' "$W/target/dockerbox/ports.properties")/" | tr -d '\r' | grep -qx "X-Bench-Run: $1"; }
# set_header N: the site box's nginx config says X-Bench-Run: N (a change only a rebuild brings)
set_header() { sed -i "s/^    add_header X-Bench-Run .*/    add_header X-Bench-Run \"$1\";/" "$W/src/main/dockerbox/site.nginx"; }

if ! docker image inspect "$WWW_BASE" >/dev/null 2>&1; then
  WATCH_LINES+=("Watch: not run: the base image $WWW_BASE is missing (examples/www-stack/local-base.sh makes it).")
elif ! has dbx; then
  WATCH_LINES+=("Watch: not run: TOOLS has no dbx.")
else
  say "watch: www-stack copy in $W ($WATCH_RUNS runs each)"
  rm -rf "$W"; mkdir -p "$W"
  (cd "$ROOT/examples/www-stack" && tar --exclude=./target -cf - .) | (cd "$W" && tar -xf -)
  sed -i "s:<artifactId>www-stack</artifactId>:<artifactId>bench-www-watch</artifactId>:; s:<version>0.1.0-SNAPSHOT</version>:<version>$VERSION</version>:" "$W/pom.xml"
  sed -i 's/^    index index.php index.html;/&\n    add_header X-Bench-Run "0";/' "$W/src/main/dockerbox/site.nginx"
  say "watch: building the chain once (the example's layers are mostly in the engine's cache)"
  (cd "$W" && $MVN -Dwww.base="$WWW_BASE" -Dwww.registry=bench/ dockerbox:build) > "$WORK/watch-build.log" 2>&1 \
    || { tail -30 "$WORK/watch-build.log" >&2; die "FAILED: building the www-stack copy"; }
  # The reference: dockerbox:build of the same change with the box running, as it runs while one watches
  # (its MariaDB takes CPU from a build on 2 cores), SETTLE seconds after the box started or changed.
  (cd "$W" && $MVN -Dwww.base="$WWW_BASE" -Dwww.registry=bench/ dockerbox:start) > "$WORK/watch-start.log" 2>&1 \
    || { tail -30 "$WORK/watch-start.log" >&2; die "FAILED: starting the www-stack copy"; }
  BUILDS=()
  for i in $(seq 1 "$WATCH_RUNS"); do
    sleep "$SETTLE"
    set_header "b$i-$NONCE"
    BUILDS+=("$(cd "$W" && time_ms $MVN -Dwww.base="$WWW_BASE" -Dwww.registry=bench/ dockerbox:build)")
  done
  (cd "$W" && $MVN dockerbox:stop) > /dev/null 2>&1 || true
  watch_start "$W" "$WORK/watch.log"
  printf '<?php echo "bench 0\\n";\n' > "$W/source/www/bench.php"
  until_ms 60 serves bench.php "bench 0" >/dev/null || die "FAILED: the first sync was not served, see $WORK/watch.log"
  SYNCS=()
  for i in $(seq 1 "$WATCH_RUNS"); do
    sleep 0.5
    printf '<?php echo "bench %s\\n";\n' "$i" > "$W/source/www/bench.php"
    SYNCS+=("$(until_ms 30 serves bench.php "bench $i" || true)")
  done
  REBUILT=(); REBUILD_SERVED=()
  for i in $(seq 1 "$WATCH_RUNS"); do
    sleep "$SETTLE"  # the new container's start (MariaDB's) and the old one's removal are over
    built=$(grep -c "example/www-site: built version" "$WORK/watch.log" || true)
    begin=$(ms_now); set_header "w$i-$NONCE"
    until_ms 300 bash -c "[ \$(grep -c 'example/www-site: built version' '$WORK/watch.log') -gt $built ]" >/dev/null || true
    REBUILT+=("$(( $(ms_now) - begin ))")
    until_ms 300 header_is "w$i-$NONCE" >/dev/null || true
    REBUILD_SERVED+=("$(( $(ms_now) - begin ))")
  done
  watch_stop
  left=$(docker ps -aq --filter label=dockerbox.project=com.example:bench-www-watch | wc -l)
  WATCH_LINES+=("Watch on a copy of examples/www-stack (medians of $WATCH_RUNS edits; every time from the edit):")
  WATCH_LINES+=("")
  WATCH_LINES+=("| measure | median (s) | all (s) | target |")
  WATCH_LINES+=("|---|---|---|---|")
  all() { local x out=""; for x in "$@"; do out+="$(secs "$x") "; done; echo "${out% }"; }
  mb=$(numbers "${BUILDS[*]}" | median)
  WATCH_LINES+=("| sync: a PHP file edited until served | $(secs "$(numbers "${SYNCS[*]}" | median)") | $(all "${SYNCS[@]}") | ≤ 0.50 |")
  WATCH_LINES+=("| rebuild: site.nginx edited until the new image is built | $(secs "$(numbers "${REBUILT[*]}" | median)") | $(all "${REBUILT[@]}") | ≤ build + 1 s = $(secs $((mb + 1000))) |")
  WATCH_LINES+=("| rebuild: until the new container serves it | $(secs "$(numbers "${REBUILD_SERVED[*]}" | median)") | $(all "${REBUILD_SERVED[@]}") | (its wait: MariaDB up) |")
  WATCH_LINES+=("| mvn dockerbox:build of the same change | $(secs "$mb") | $(all "${BUILDS[@]}") | |")
  WATCH_LINES+=("")
  WATCH_LINES+=("Containers of the project left after Ctrl-C: $left.")

  # Idle: 100 000 files of 1 KB in the context of a box that does not copy them (the engine unpacks the
  # context once; a COPY would add minutes of layer commit on 2 cores for nothing measured here).
  IDLE=$WORK/idle-100000
  make_context "$WORK/ctx-files-100000" 100000 1024
  rm -rf "$IDLE"; mkdir -p "$IDLE"
  cat > "$IDLE/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench-watch-idle</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins><plugin><groupId>io.dockerbox</groupId><artifactId>dockerbox-maven-plugin</artifactId><version>$VERSION</version>
    <configuration><boxes><box><name>bench/watch-idle</name><from>$BASE</from><directory>$IDLE/box</directory>
      <context>$WORK/ctx-files-100000</context></box></boxes></configuration></plugin></plugins></build></project>
EOF
  mkdir -p "$IDLE/box"; printf 'FROM ${from}\nCMD ["sleep", "3600"]\n' > "$IDLE/box/Dockerfile.ftl"
  say "watch: idle CPU with 100 000 files (the first build sends them to the engine once)"
  watch_start "$IDLE" "$WORK/watch-idle.log"
  java_pid=$(pgrep -P "$WATCH_PID" java || echo "$WATCH_PID")
  ticks() { awk '{print $14 + $15}' "/proc/$java_pid/stat"; }
  # Start-up is not idling: the JIT compiles and the GC collects what reading and hashing 100 000 files for
  # the first build left (measured here: ≈0.6 % over the first 60 s, then 0.2 %).
  sleep "$IDLE_SETTLE"
  t0=$(ticks); s0=$(ms_now); sleep "$IDLE_SECONDS"; t1=$(ticks); s1=$(ms_now)
  hz=$(getconf CLK_TCK)
  cpu=$(awk -v t=$((t1 - t0)) -v hz="$hz" -v ms=$((s1 - s0)) 'BEGIN { printf "%.2f", 100 * t / hz / (ms / 1000) }')
  dirs=$(find "$WORK/ctx-files-100000" -type d | wc -l)
  watch_stop
  WATCH_LINES+=("Idle: watching 100 000 files in $dirs folders, $IDLE_SETTLE s after watching began, Maven's JVM used $(( (t1 - t0) * 1000 / hz )) ms of CPU in $(secs $((s1 - s0))) s: **$cpu %** of one core (target under 1 %).")
fi
