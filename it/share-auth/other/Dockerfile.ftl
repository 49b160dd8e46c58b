FROM ${from}
RUN echo other > /etc/other
