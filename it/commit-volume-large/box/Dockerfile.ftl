FROM ${from}
RUN mkdir -p /data
VOLUME /data
CMD ["sleep", "600"]
