FROM ${from}
RUN mkdir -p /data && echo base > /data/base.txt
CMD ["/bin/sh"]
