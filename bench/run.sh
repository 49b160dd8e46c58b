#!/usr/bin/env bash
# Benchmark: the docker CLI, fabric8's docker-maven-plugin and dockerbox, side by side, on one machine,
# in one run; and, with BASELINE, dockerbox against its own code at an earlier revision. Tools alternate
# run by run; each number is the median of RUNS runs after a warm-up.
#
#   bench/run.sh                 the full benchmark (RUNS=5); about 23 minutes on 2 cores here, most of it the
#                                engine's own work on the 200 MB context
#   RUNS=1 bench/run.sh --smoke  one repetition, small contexts only: a check that every scenario works
#   BASELINE=<git-rev>           adds the tool `base`: the plugin at that revision, extracted with git archive
#                                into the work folder (BENCH_WORK, default /tmp/dockerbox-bench) as
#                                baseline-<rev>, installed as <its version>-baseline-<rev> and measured
#                                exactly like dockerbox, with projects (proj-base-*) and images (bench/base-*)
#                                of its own. The table gets `base` and `dockerbox / base`, and a verdict per
#                                scenario: is dockerbox's median within 1.05 × base's
#   SCENARIOS="..."              which parts run, of build (the build, start/stop and chain scenarios, the
#                                heap and growth lines) and watch (dockerbox:watch on examples/www-stack:
#                                sync, rebuild, and the idle cost of watching 100 000 files; see bench/watch.sh);
#                                default: build (watch adds about 7 minutes to a run that already misses its 15).
#                                SCENARIOS=watch bench/run.sh is the watch scenario alone, "build watch" both
#   TOOLS="..."                  the tools to measure, of cli clibk f8 dbx dbxbk base (default: cli clibk f8 dbx
#                                dbxbk, and base when BASELINE is set); `mvn validate`, the floor, is measured
#                                wherever it was. clibk and dbxbk build with BuildKit (Debian's docker client
#                                /usr/bin/docker 20.10 with DOCKER_BUILDKIT=1, which needs no buildx; dockerbox
#                                with -Ddockerbox.builder=buildkit), in the build scenarios only
#
#   BASELINE=587beb7 TOOLS="dbx base" bench/run.sh    the cheap check that a change kept dockerbox's speed
#
# Needs: a Docker engine, the base image dockerbox/busybox:1 (.ci/base-images.sh), Maven Central for
# fabric8's plugin. Writes the table to bench/results/latest.md and prints it. See docs/performance.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
RUNS=${RUNS:-5}
SMOKE=false
[ "${1:-}" = "--smoke" ] && SMOKE=true
WORK=${BENCH_WORK:-/tmp/dockerbox-bench}
BASE=dockerbox/busybox:1
F8_VERSION=0.49.0
MVN="mvn -B -q -nsu"   # the machine's Maven for every tool, so all pay the same launcher
export MAVEN_OPTS="${MAVEN_OPTS:-}"
VERSION=$(sed -n 's:^  <version>\(.*\)</version>:\1:p' pom.xml | head -1)
RESULTS=$ROOT/bench/results
mkdir -p "$RESULTS" "$WORK"
say() { printf '[bench] %s\n' "$*" >&2; }
die() { say "$*"; exit 2; }

# ---------------------------------------------------------------- the tools
BASELINE=${BASELINE:-}
TOOLS=${TOOLS:-cli clibk f8 dbx dbxbk${BASELINE:+ base}}
for t in $TOOLS; do
  case $t in cli|clibk|f8|dbx|dbxbk|base) ;; *) die "TOOLS: unknown tool '$t' (known: cli clibk f8 dbx dbxbk base)" ;; esac
done
# The BuildKit CLI: Debian's docker client 20.10 builds with DOCKER_BUILDKIT=1 without buildx; a newer
# client without buildx refuses to.
BK_DOCKER=${BK_DOCKER:-/usr/bin/docker}
has() { [[ " $TOOLS " == *" $1 "* ]]; }
if has base && [ -z "$BASELINE" ]; then die "TOOLS has base: BASELINE=<git-rev> says which code it is"; fi
if [ -n "$BASELINE" ] && ! has base; then die "BASELINE is set but TOOLS has no base"; fi
# pick TOOL...: the given tools that are measured, in the given order; clinet comes with cli, and the
# floor (mvn validate) wherever it is asked for.
pick() {
  local t out=()
  for t in "$@"; do
    if has "$t" || { [ "$t" = clinet ] && has cli; } || [ "$t" = mvn ]; then out+=("$t"); fi
  done
  echo "${out[*]}"
}
# join SEP WORD...: the words with SEP between them
join() { local sep=$1 out=${2:-} x; shift 2 || shift; for x in "$@"; do out+="$sep$x"; done; printf '%s' "$out"; }
label() { case $1 in cli) echo CLI ;; clibk) echo "CLI BuildKit" ;; f8) echo fabric8 ;; dbx) echo dockerbox ;; dbxbk) echo "dockerbox BuildKit" ;; *) echo "$1" ;; esac; }

# ---------------------------------------------------------------- set-up
# install_plugin DIR: installs the plugin built in DIR; Maven's output is shown only when it fails.
install_plugin() {
  (cd "$1" && ./mvnw -B -q install -DskipTests -Dinvoker.skip) > "$WORK/install.log" 2>&1 \
    || { tail -30 "$WORK/install.log" >&2; die "FAILED: installing the plugin built in $1"; }
}
if has clibk && ! DOCKER_BUILDKIT=1 "$BK_DOCKER" build --help >/dev/null 2>&1; then
  die "TOOLS has clibk: $BK_DOCKER cannot build with DOCKER_BUILDKIT=1 (apt-get install docker.io gives one that can; BK_DOCKER=... names another)"
fi
if has dbx || has dbxbk; then
  say "installing dockerbox $VERSION into the local repository"
  install_plugin "$ROOT"
fi
# The baseline: the revision's files (git archive, so the repository gets no worktree to forget), its
# version renamed so that it sits in the local repository beside the code under test.
if has base; then
  BASELINE_REV=$(git rev-parse --verify --quiet "$BASELINE^{commit}") || die "BASELINE=$BASELINE is not a commit here"
  BASELINE_SHORT=$(git rev-parse --short=7 "$BASELINE_REV")
  BASELINE_VERSION=$(git show "$BASELINE_REV:pom.xml" | sed -n 's:^  <version>\(.*\)</version>:\1:p' | head -1)
  [ -n "$BASELINE_VERSION" ] || die "BASELINE=$BASELINE: no project <version> in its pom.xml"
  BASELINE_VERSION=${BASELINE_VERSION%-SNAPSHOT}-baseline-$BASELINE_SHORT
  BASELINE_DIR=$WORK/baseline-$BASELINE_SHORT
  say "installing dockerbox at $BASELINE_SHORT as $BASELINE_VERSION (built in $BASELINE_DIR)"
  rm -rf "$BASELINE_DIR"; mkdir -p "$BASELINE_DIR"
  git archive "$BASELINE_REV" | tar -x -C "$BASELINE_DIR"
  sed -i "0,/^  <version>.*<\/version>/s//  <version>$BASELINE_VERSION<\/version>/" "$BASELINE_DIR/pom.xml"
  install_plugin "$BASELINE_DIR"
fi
docker image inspect "$BASE" >/dev/null 2>&1 || .ci/base-images.sh "$BASE" >/dev/null

# Deterministic bytes: AES-CTR over zeros with a fixed key, so every run has the same contexts.
# (openssl ends by SIGPIPE once head has enough, hence the "|| true" under pipefail)
bytes() { { openssl enc -aes-128-ctr -nosalt -K 000102030405060708090a0b0c0d0e0f -iv "$(printf '%032x' "$1")" < /dev/zero 2>/dev/null || true; } | head -c "$2"; }

# make_context DIR FILES BYTES_PER_FILE: FILES files in subfolders of 100, and a Dockerfile that serves them
make_context() {
  local dir=$1 files=$2 size=$3
  [ -f "$dir/.complete" ] && return 0
  rm -rf "$dir"; mkdir -p "$dir/data"
  say "generating $dir ($files files of $size bytes)"
  if [ "$size" -le 4096 ]; then
    # Many small files: one stream per folder of 100, cut into pieces (seconds even for 100 000 files).
    for d in $(seq 0 $(((files + 99) / 100 - 1))); do
      local n=$((files - d * 100 < 100 ? files - d * 100 : 100)) sub
      sub="$dir/data/d$(printf '%03d' "$d")"; mkdir -p "$sub"
      bytes "$d" $((n * size)) | split -a 3 -d -b "$size" - "$sub/f"
    done
  else
    for i in $(seq 0 $((files - 1))); do
      d="$dir/data/d$(printf '%03d' $((i / 100)))"; mkdir -p "$d"
      bytes "$i" "$size" > "$d/f$i"
    done
  fi
  printf 'FROM %s\nCOPY data /data\nCMD ["httpd", "-f", "-p", "80", "-h", "/data"]\n' "$BASE" > "$dir/Dockerfile"
  echo "hello" > "$dir/data/index.html"
  touch "$dir/.complete"
}

# A Maven project for dockerbox (dbx; dbxbk with BuildKit), its baseline (base) or fabric8 (f8) building
# the context at $2 (a chain of 3 when $4 = chain).
make_project() {
  local tool=$1 ctx=$2 dir=$3 shape=${4:-one}
  rm -rf "$dir"; mkdir -p "$dir"
  local plugin
  if [ "$tool" = dbx ] || [ "$tool" = dbxbk ] || [ "$tool" = base ]; then
    local version=$VERSION chain="" builder=""
    if [ "$tool" = base ]; then version=$BASELINE_VERSION chain=base; fi
    if [ "$tool" = dbxbk ]; then builder="<builder>buildkit</builder>"; fi
    local boxes="<box><name>bench/$tool-$shape</name><from>$BASE</from><directory>$ctx</directory></box>"
    if [ "$shape" = chain ]; then
      boxes="<box><name>bench/$tool-c1</name><from>$BASE</from><directory>$ctx/c1</directory></box>
             <box><name>bench/$tool-c2</name><from>bench/$tool-c1</from><directory>$ctx/c2$chain</directory></box>
             <box><name>bench/$tool-c3</name><from>bench/$tool-c2</from><directory>$ctx/c3$chain</directory></box>"
    fi
    plugin="<plugin><groupId>io.dockerbox</groupId><artifactId>dockerbox-maven-plugin</artifactId><version>$version</version>
      <configuration>$builder<boxes>$boxes</boxes>
        <run><ports><port>dbx.port:80</port></ports><wait><http>http://\${dockerbox.host}:\${dbx.port}/index.html</http><timeout>20</timeout></wait></run>
      </configuration></plugin>"
  else
    local images="<image><name>bench/f8-$shape</name><build><contextDir>$ctx</contextDir></build>
        <run><ports><port>f8.port:80</port></ports><wait><http><url>http://localhost:\${f8.port}/index.html</url></http><time>20000</time></wait></run></image>"
    if [ "$shape" = chain ]; then
      images="<image><name>bench/f8-c1</name><build><contextDir>$ctx/c1</contextDir></build></image>
              <image><name>bench/f8-c2</name><build><contextDir>$ctx/c2f8</contextDir></build></image>
              <image><name>bench/f8-c3</name><build><contextDir>$ctx/c3f8</contextDir></build></image>"
    fi
    plugin="<plugin><groupId>io.fabric8</groupId><artifactId>docker-maven-plugin</artifactId><version>$F8_VERSION</version>
      <configuration><images>$images</images></configuration></plugin>"
  fi
  cat > "$dir/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>bench</groupId><artifactId>bench-$tool-$shape</artifactId><version>1</version><packaging>pom</packaging>
  <build><plugins>$plugin</plugins></build></project>
EOF
}

# A three-box chain: small contexts; fabric8 and the CLI name the parents by tag, as does each dockerbox
# (bench/dbx-* and bench/base-*, so that the two share no image).
make_chain() {
  local dir=$1
  [ -f "$dir/.complete" ] && [ -d "$dir/c3base" ] && return 0
  rm -rf "$dir"; mkdir -p "$dir"/{c1,c2,c3,c2base,c3base,c2f8,c3f8,c2cli,c3cli}
  printf 'FROM %s\nRUN echo one > /one\n' "$BASE" > "$dir/c1/Dockerfile"
  printf 'FROM bench/dbx-c1\nRUN echo two > /two\n' > "$dir/c2/Dockerfile"
  printf 'FROM bench/dbx-c2\nRUN echo three > /three\n' > "$dir/c3/Dockerfile"
  printf 'FROM bench/base-c1\nRUN echo two > /two\n' > "$dir/c2base/Dockerfile"
  printf 'FROM bench/base-c2\nRUN echo three > /three\n' > "$dir/c3base/Dockerfile"
  printf 'FROM bench/f8-c1\nRUN echo two > /two\n' > "$dir/c2f8/Dockerfile"
  printf 'FROM bench/f8-c2\nRUN echo three > /three\n' > "$dir/c3f8/Dockerfile"
  printf 'FROM bench/cli-c1\nRUN echo two > /two\n' > "$dir/c2cli/Dockerfile"
  printf 'FROM bench/cli-c2\nRUN echo three > /three\n' > "$dir/c3cli/Dockerfile"
  touch "$dir/.complete"
}

# BuildKit keeps its own cache beside the images (the CLI's session even keeps the context, and sends
# only what changed): a cold BuildKit build starts without it.
prune_buildkit() { docker builder prune -af >/dev/null 2>&1 || true; }
remove_repo() { docker image ls --format '{{.Repository}}:{{.Tag}}' "$1" | xargs -r docker image rm -f >/dev/null 2>&1 || true; }

# ---------------------------------------------------------------- one measurement
# time_ms CMD...: runs CMD, prints its wall time in ms; RSS of the largest process goes to $WORK/rss
time_ms() {
  local start end
  start=$(date +%s%N)
  if ! /usr/bin/time -f '%M' -o "$WORK/rss" "$@" > "$WORK/last.log" 2>&1; then
    say "FAILED: $*"; tail -20 "$WORK/last.log" >&2; return 1
  fi
  end=$(date +%s%N)
  echo $(((end - start) / 1000000))
}

median() { sort -n | awk '{a[NR]=$1} END {if (NR == 0) {print "-"} else if (NR % 2) {print a[(NR+1)/2]} else {print int((a[NR/2]+a[NR/2+1])/2)}}'; }
max() { sort -n | tail -1; }

# What each tool does in each scenario. $1 = tool, $2 = scenario, $3 = size (small|large|files-N)
run_tool() {
  local tool=$1 scenario=$2 size=$3 ctx=$WORK/ctx-$3 proj=$WORK/proj-$1-$3
  case "$tool:$scenario" in
    cli:cold)   remove_repo bench/cli-$size; time_ms docker build -q -t bench/cli-$size "$ctx" ;;
    cli:noop|cli:changed) time_ms docker build -q -t bench/cli-$size "$ctx" ;;
    cli:startstop) time_ms bash "$ROOT/bench/cli-start-stop.sh" bench/cli-$size ;;
    clinet:startstop) time_ms bash "$ROOT/bench/cli-start-stop.sh" bench/cli-$size --network ;;
    clibk:cold) remove_repo bench/clibk-$size; prune_buildkit; DOCKER_BUILDKIT=1 time_ms "$BK_DOCKER" build -q -t bench/clibk-$size "$ctx" ;;
    clibk:noop|clibk:changed) DOCKER_BUILDKIT=1 time_ms "$BK_DOCKER" build -q -t bench/clibk-$size "$ctx" ;;
    cli:chain)  time_ms bash -c "docker build -q -t bench/cli-c1 $WORK/chain/c1 && docker build -q -t bench/cli-c2 $WORK/chain/c2cli && docker build -q -t bench/cli-c3 $WORK/chain/c3cli" ;;
    f8:cold)    remove_repo bench/f8-$size; time_ms $MVN -f "$proj/pom.xml" docker:build ;;
    f8:noop|f8:changed) time_ms $MVN -f "$proj/pom.xml" docker:build ;;
    f8:startstop) time_ms $MVN -f "$proj/pom.xml" docker:start docker:stop ;;
    f8:chain)   time_ms $MVN -f "$WORK/proj-f8-chain/pom.xml" docker:build ;;
    dbxbk:cold) remove_repo bench/$tool-$size; prune_buildkit; time_ms $MVN -f "$proj/pom.xml" dockerbox:build ;;
    dbx:cold|base:cold) remove_repo bench/$tool-$size; time_ms $MVN -f "$proj/pom.xml" dockerbox:build ;;
    dbx:noop|dbx:changed|dbxbk:noop|dbxbk:changed|base:noop|base:changed) time_ms $MVN -f "$proj/pom.xml" dockerbox:build ;;
    dbx:startstop|base:startstop) time_ms $MVN -f "$proj/pom.xml" dockerbox:start dockerbox:stop ;;
    dbx:chain|base:chain) time_ms $MVN -f "$WORK/proj-$tool-chain/pom.xml" dockerbox:build ;;
    mvn:*)      time_ms $MVN -f "$WORK/proj-empty/pom.xml" validate ;;
  esac
}

# One file of the context changes before each "changed" run (the same file, new content each time).
change_one_file() { bytes "$RANDOM" 1000 > "$WORK/ctx-$1/data/d000/changed"; }

declare -A TIMES RSS
# measure SCENARIO SIZE TOOLS...: a warm-up round, then RUNS rounds, tools rotated each round.
# WARMUP=0 skips the warm-up: for the no-op and changed rounds, which follow the cold rounds of the
# same context and tools, so the JVMs' files, the context and the engine's cache are as warm as
# after a warm-up (each such round on the large context costs the three tools about 20 to 50 s).
measure() {
  local scenario=$1 size=$2; shift 2
  local tools=("$@") n=${#tools[@]}
  say "$scenario / $size: ${tools[*]}"
  for round in $(seq $((${WARMUP:-1} ? 0 : 1)) "$RUNS"); do
    for k in $(seq 0 $((n - 1))); do
      local tool=${tools[$(((k + round) % n))]}
      if [ "$scenario" = changed ]; then change_one_file "$size"; fi
      local ms
      ms=$(run_tool "$tool" "$scenario" "$size") || ms=FAIL
      if [ "$round" -gt 0 ]; then
        TIMES[$tool:$scenario:$size]+="$ms "
        if [ "$tool" = f8 ] || [ "$tool" = dbx ] || [ "$tool" = dbxbk ] || [ "$tool" = base ]; then RSS[$tool:$scenario:$size]+="$(cat "$WORK/rss") "; fi
      fi
    done
  done
}

# numbers TEXT: the whole numbers in TEXT, one a line (none for a tool not measured, or only failed runs)
numbers() { tr ' ' '\n' <<< "$1" | { grep -E '^[0-9]+$' || true; }; }
med() { numbers "${TIMES[$1]:-}" | median; }
rss_mb() { numbers "${RSS[$1]:-}" | max | awk 'NR == 1 {printf "%d", $1 / 1024} END {if (NR == 0) printf "-"}'; }
secs() { [ "$1" = - ] && echo - || awk -v m="$1" 'BEGIN {printf "%.2f", m / 1000}'; }
ratio() { { [ "$1" = - ] || [ "$2" = - ] || [ "$2" = 0 ]; } && echo - || awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
minus() { { [ "$1" = - ] || [ "$2" = - ]; } && echo - || awk -v a="$1" -v b="$2" 'BEGIN {printf "%+.2f", (a - b) / 1000}'; }

# ---------------------------------------------------------------- the scenarios
SCENARIOS=${SCENARIOS:-build}
for s in $SCENARIOS; do
  case $s in build|watch) ;; *) die "SCENARIOS: unknown scenario '$s' (known: build watch)" ;; esac
done
wants() { [[ " $SCENARIOS " == *" $1 "* ]]; }
WATCH_LINES=()
if wants watch; then
  WATCH_START=$(date +%s)
  . "$ROOT/bench/watch.sh"
  WATCH_LINES+=("" "Watch scenario time: $(( $(date +%s) - WATCH_START )) s.")
fi
if ! wants build; then
  { echo "# Benchmark: the watch scenario ($(date -u +%Y-%m-%d), $(nproc) cores, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
    echo; printf '%s\n' "${WATCH_LINES[@]}"; } > "$RESULTS/latest.md"
  cat "$RESULTS/latest.md"
  exit 0
fi

SIZES="small large"
$SMOKE && SIZES="small"
make_context "$WORK/ctx-small" 10 100000
$SMOKE || make_context "$WORK/ctx-large" 5000 40000
make_chain "$WORK/chain"
mkdir -p "$WORK/proj-empty"
printf '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion><groupId>bench</groupId><artifactId>empty</artifactId><version>1</version><packaging>pom</packaging></project>\n' > "$WORK/proj-empty/pom.xml"
for tool in $(pick f8 dbx dbxbk base); do
  for size in $SIZES; do make_project "$tool" "$WORK/ctx-$size" "$WORK/proj-$tool-$size" "$size"; done
  make_project "$tool" "$WORK/chain" "$WORK/proj-$tool-chain" chain
done
if has f8; then
  say "resolving fabric8's plugin $F8_VERSION (once)"
  mvn -B -q -f "$WORK/proj-f8-small/pom.xml" docker:help >/dev/null
fi

START=$(date +%s)
measure validate - mvn
for size in $SIZES; do
  measure cold "$size" $(pick cli clibk f8 dbx dbxbk base)
  WARMUP=0 measure noop "$size" $(pick cli clibk f8 dbx dbxbk base mvn)
  WARMUP=0 measure changed "$size" $(pick cli clibk f8 dbx dbxbk base)
done
measure startstop small $(pick cli clinet f8 dbx base mvn)
measure chain - $(pick cli f8 dbx base mvn)

# Heap: the large context with a 128 MB heap, each Maven tool once cold.
XMX_LINE="not run (--smoke)"
if ! $SMOKE; then
  say "large context with -Xmx128m"
  XMX=()
  for tool in $(pick dbx dbxbk base f8); do
    ms=$(MAVEN_OPTS=-Xmx128m run_tool "$tool" cold large || echo FAIL); kb=$(cat "$WORK/rss")
    XMX+=("$(label "$tool") $( [ "$ms" = FAIL ] && echo failed || echo "$(secs "$ms") s") (peak RSS $((kb / 1024)) MiB)")
  done
  XMX_LINE=$(join ", " "${XMX[@]}")
  XMX_LINE=${XMX_LINE:-not run (no Maven tool in TOOLS)}
fi

# Growth with the number of files: 1 KB files, dockerbox (its baseline too, and the CLI for reference),
# cold and no-op, GROWTH_RUNS rounds each. 100 000 files is opt-in (GROWTH_FILES="1000 10000 100000"):
# on 2 cores the engine alone needs minutes per cold build of it (docker-untar, then the layer commit).
GROWTH=()
GROWTH_FILES=${GROWTH_FILES-1000 10000}   # GROWTH_FILES= (empty) leaves the growth lines out
GROWTH_TOOLS=$(pick cli dbx base)
if ! $SMOKE && [ -n "$GROWTH_TOOLS" ]; then
  MAIN_RUNS=$RUNS; RUNS=${GROWTH_RUNS:-3}
  for files in $GROWTH_FILES; do
    size=files-$files
    make_context "$WORK/ctx-$size" "$files" 1024
    for tool in $(pick dbx base); do make_project "$tool" "$WORK/ctx-$size" "$WORK/proj-$tool-$size" "$size"; done
    measure cold "$size" $GROWTH_TOOLS
    WARMUP=0 measure noop "$size" $GROWTH_TOOLS
    line="| $files |"
    for tool in $GROWTH_TOOLS; do line+=" $(secs "$(med "$tool:cold:$size")") |"; done
    for tool in $GROWTH_TOOLS; do line+=" $(secs "$(med "$tool:noop:$size")") |"; done
    for tool in $(pick dbx base); do line+=" $(rss_mb "$tool:noop:$size") |"; done
    GROWTH+=("$line")
  done
  RUNS=$MAIN_RUNS
fi
ELAPSED=$(( $(date +%s) - START ))

# ---------------------------------------------------------------- the table
# The floor: every `mvn validate` of the run (the first rounds, and one in each round of the
# scenarios compared with it), so a machine that is slower in one part of the run moves both sides.
all_validate() { local k; for k in "${!TIMES[@]}"; do if [[ $k == mvn:* ]]; then echo "${TIMES[$k]}"; fi; done; }
V=$(numbers "$(all_validate)" | median)

# cells KEY: the cells of the table's row for KEY (scenario:size), or its header when KEY is empty;
# a column is there when the tools it needs are measured.
CELLS=()
cell() { if [ -z "$KEY" ]; then CELLS+=("$1"); else CELLS+=("$2"); fi; }
cells() {
  KEY=$1; CELLS=()
  local c=- f=- d=- b=- cv=- ck=- dk=- ckv=- t names=() sizes=()
  if [ -n "$KEY" ]; then
    c=$(med "cli:$KEY"); f=$(med "f8:$KEY"); d=$(med "dbx:$KEY"); b=$(med "base:$KEY")
    ck=$(med "clibk:$KEY"); dk=$(med "dbxbk:$KEY")
    if [ "$c" != - ] && [ "$V" != - ]; then cv=$((c + V)); fi
    if [ "$ck" != - ] && [ "$V" != - ]; then ckv=$((ck + V)); fi
  fi
  if has cli; then cell CLI "$(secs "$c")"; fi
  if has f8; then cell fabric8 "$(secs "$f")"; fi
  if has dbx; then cell dockerbox "$(secs "$d")"; fi
  if has base; then cell base "$(secs "$b")"; fi
  if has f8 && has cli; then cell "fabric8 / CLI" "$(ratio "$f" "$c")"; fi
  if has dbx && has cli; then
    cell "dockerbox / CLI" "$(ratio "$d" "$c")"; cell "dockerbox / (CLI + validate)" "$(ratio "$d" "$cv")"
    cell "dockerbox − (CLI + validate) (s)" "$(minus "$d" "$cv")"
  fi
  if has dbx; then cell "dockerbox / validate" "$(ratio "$d" "$V")"; fi
  if has clibk; then cell "CLI BuildKit" "$(secs "$ck")"; fi
  if has dbxbk; then cell "dockerbox BuildKit" "$(secs "$dk")"; fi
  if has dbxbk && has clibk; then
    cell "BuildKit: dockerbox / (CLI + validate)" "$(ratio "$dk" "$ckv")"
    cell "BuildKit: dockerbox − (CLI + validate) (s)" "$(minus "$dk" "$ckv")"
  fi
  if has dbx && has base; then cell "dockerbox / base" "$(ratio "$d" "$b")"; fi
  for t in $(pick f8 dbx dbxbk base); do
    names+=("$(label "$t")")
    if [ -n "$KEY" ]; then sizes+=("$(rss_mb "$t:$KEY")"); fi
  done
  if [ ${#names[@]} -gt 0 ]; then cell "peak RSS $(join " / " "${names[@]}") (MiB)" "$(join " / " "${sizes[@]}")"; fi
}
ROWS=()   # "name|key" of every row, for the verdict
row() {
  cells "$2"; ROWS+=("$1|$2")
  echo "| $1 | $(join " | " "${CELLS[@]}") |"
}
# verdict NAME KEY: dockerbox's median against base's, allowed 1.05 × base
OVER=0
verdict() {
  local d b; d=$(med "dbx:$2"); b=$(med "base:$2")
  if [ "$d" = - ] || [ "$b" = - ]; then
    echo "- $1: no median (a run failed): not within 1.05"; OVER=$((OVER + 1)); return 0
  fi
  if [ $((d * 100)) -le $((b * 105)) ]; then local v="within 1.05"; else local v="**over 1.05**"; OVER=$((OVER + 1)); fi
  echo "- $1: dockerbox / base = $(awk -v a="$d" -v b="$b" 'BEGIN {printf "%.3f", a / b}') ($(secs "$d") / $(secs "$b") s): $v"
}
{
  echo "# Benchmark $(date -u +%Y-%m-%d) on $(nproc) cores, Docker $(docker version --format '{{.Server.Version}}'), $(mvn -B -v 2>/dev/null | head -1 | sed 's/ (.*//')"
  echo
  echo "Medians of $RUNS runs after a warm-up (one per context, before its cold builds), tools alternating; seconds; ratios to the docker CLI."
  if has base; then
    echo "\`base\` is dockerbox at $BASELINE_SHORT, installed as $BASELINE_VERSION, measured like dockerbox with projects and images of its own."
  fi
  echo "\`mvn validate\` of an empty project: **$(secs "$V") s** (median of all $(all_validate | wc -w) runs, taken in the rounds of the no-op, start and chain scenarios too), the floor every Maven tool pays."
  echo
  cells ""
  echo "| scenario | $(join " | " "${CELLS[@]}") |"
  echo "|---|$(for _ in "${CELLS[@]}"; do printf -- '---|'; done)"
  for size in $SIZES; do
    row "cold build, $size" "cold:$size"
    row "no-op rebuild, $size" "noop:$size"
    row "one file changed, $size" "changed:$size"
  done
  row "start → HTTP 200 → stop" "startstop:small"
  row "three-box chain, no-op" "chain:-"
  echo
  echo "Contexts: small = 10 files, 1 MB; large = 5 000 files in 50 folders, 200 MB (deterministic bytes)."
  if has cli; then
    N=$(med clinet:startstop:small); D=$(med dbx:startstop:small)
    echo "Start → HTTP 200 → stop with the CLI on a network of its own (\`docker network create\`, \`run --network\`, \`rm -f\`, \`network rm\`), as dockerbox runs its boxes on the project network: $(secs "$N") s; dockerbox / (that + validate) = $( [ "$N" = - ] || [ "$V" = - ] && echo - || ratio "$D" $((N + V)))."
  fi
  echo "Large context with \`-Xmx128m\`, cold: $XMX_LINE."
  if [ ${#GROWTH[@]} -gt 0 ]; then
    echo
    echo "Growth with the number of files (1 KB each; medians of ${GROWTH_RUNS:-3} runs after a warm-up before the cold builds):"
    echo
    header="| files |"
    for tool in $GROWTH_TOOLS; do header+=" $(label "$tool") cold |"; done
    for tool in $GROWTH_TOOLS; do header+=" $(label "$tool") no-op |"; done
    for tool in $(pick dbx base); do header+=" $(label "$tool") no-op peak RSS (MiB) |"; done
    echo "$header"
    echo "|---|$(for _ in $GROWTH_TOOLS $GROWTH_TOOLS $(pick dbx base); do printf -- '---|'; done)"
    printf '%s\n' "${GROWTH[@]}"
    if has dbx && has base; then
      for files in $GROWTH_FILES; do ROWS+=("cold build, $files files|cold:files-$files" "no-op rebuild, $files files|noop:files-$files"); done
    fi
  fi
  if has dbx && has base; then
    echo
    echo "dockerbox against base ($BASELINE_SHORT), median against median; allowed: 1.05 × base."
    echo
    for r in "${ROWS[@]}"; do verdict "${r%%|*}" "${r#*|}"; done
    echo
    if [ "$OVER" -eq 0 ]; then echo "Verdict: all ${#ROWS[@]} scenarios within 1.05."; else echo "Verdict: **$OVER of ${#ROWS[@]} scenarios not within 1.05**."; fi
  fi
  if [ ${#WATCH_LINES[@]} -gt 0 ]; then
    echo
    printf '%s\n' "${WATCH_LINES[@]}"
  fi
  echo
  echo "Benchmark time: ${ELAPSED} s."
} > "$RESULTS/latest.md"
cat "$RESULTS/latest.md"
