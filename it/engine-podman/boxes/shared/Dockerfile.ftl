FROM ${from}
# The shared box's data in a volume: a commit keeps it, and push and pull carry it to another machine.
VOLUME /data
CMD ["/bin/sh"]
