FROM ${from}
RUN echo first step
RUN echo "it-run-fails: preparing" && echo "it-run-fails: about to fail" && exit 3
RUN echo never
