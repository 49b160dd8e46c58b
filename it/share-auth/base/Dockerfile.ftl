FROM ${from}
RUN echo base > /etc/base
