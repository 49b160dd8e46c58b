FROM ${from}
RUN echo site > /etc/site
