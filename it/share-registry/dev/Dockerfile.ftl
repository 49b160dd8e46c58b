FROM ${from}
RUN echo "${settings.motd}" > /etc/motd
