FROM ${from}
ARG ROUND
ARG FAIL
# A value new to each run of the IT (setup.groovy): the engine's build cache outlives the images.
COPY nonce /nonce
# The cache mount keeps /cache from one build to the next, as apt's or Maven's downloads: the count grows.
RUN --mount=type=cache,target=/cache n=$(cat /cache/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /cache/n; \
    echo "cache count $n (round $ROUND)"; echo "$n" > /count
RUN if [ -n "$FAIL" ]; then echo "before-fail"; exit 3; fi
