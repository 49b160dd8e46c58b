# A stage from outside the chain: dockerbox resolves it and sends it to Buildah pinned to its image id.
FROM ${settings.tool} AS tool
RUN echo "made by the tool stage" > /tool.txt
FROM ${from}
ARG ROUND=1
COPY --from=tool /tool.txt /tool.txt
# Buildah knows RUN --mount: the cache keeps its count from one build to the next (auto leaves it to Podman).
RUN --mount=type=cache,target=/cache n=$(cat /cache/n 2>/dev/null || echo 0); n=$((n+1)); echo $n > /cache/n; \
    echo "cache count $n (round $ROUND)"; echo "$n" > /count
