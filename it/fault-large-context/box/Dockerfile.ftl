FROM ${from}
# The whole context travels to the engine; the box keeps only the marker.
COPY marker.txt /marker.txt
CMD ["cat", "/marker.txt"]
