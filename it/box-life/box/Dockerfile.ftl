FROM ${from}
RUN mkdir -p /data
CMD ["/bin/sh"]
