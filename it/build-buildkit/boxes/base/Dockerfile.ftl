FROM ${from}
RUN echo "the base" > /base.txt
