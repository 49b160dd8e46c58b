# Two stages that do not depend on each other, each taking 3 s, and a last one that needs both.
# (busybox date has whole seconds only: enough, as each stage lasts 3 of them.)
FROM ${from} AS left
ARG ROUND
COPY nonce /nonce
RUN date +%s > /start; echo "left $ROUND"; sleep 3; date +%s > /end

# An image from outside the chain, under a tag that could move: dockerbox pins it for the build.
FROM it-bk/tool:1 AS right
ARG ROUND
COPY nonce /nonce
RUN date +%s > /start; echo "right $ROUND"; sleep 3; date +%s > /end

FROM ${from}
COPY --from=left /start /left.start
COPY --from=left /end /left.end
COPY --from=right /start /right.start
COPY --from=right /end /right.end
