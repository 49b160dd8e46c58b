FROM ${from}
RUN mkdir -p /data
CMD ["sh", "-c", "echo site-ready; exec sleep 3600"]
