FROM ${from}
RUN mkdir -p /data
# The site's data is a volume, as a database image's is: commit keeps it, push and pull carry it.
VOLUME /data
CMD ["sh", "-c", "echo site-ready; exec sleep 3600"]
