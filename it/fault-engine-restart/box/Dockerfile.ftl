FROM ${from}
ARG SLOW
# With SLOW=true the step runs until the IT kills the engine under it.
RUN if [ "$SLOW" = true ]; then sleep 301; fi; mkdir -p /data && echo "$SLOW" > /slow
CMD ["/bin/sh"]
