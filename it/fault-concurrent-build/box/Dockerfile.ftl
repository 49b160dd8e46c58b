FROM ${from}
ARG FLAVOR
# Long enough that the two builds of the IT overlap, even on a loaded machine.
RUN sleep 8 && echo "$FLAVOR" > /flavor
CMD ["cat", "/flavor"]
