FROM ${from}
RUN echo ${shellQuote(settings.greeting)} > /greeting
