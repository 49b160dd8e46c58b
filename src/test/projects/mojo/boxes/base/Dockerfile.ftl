FROM ${from}
RUN echo ${shellQuote(settings.motd)} > /etc/motd
