FROM ${from}
RUN echo err > /etc/err
