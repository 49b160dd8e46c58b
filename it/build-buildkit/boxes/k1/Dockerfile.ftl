FROM ${from}
# A value new to each run of the IT (setup.groovy), so the chain is built anew each time.
COPY nonce /nonce
RUN echo "first of the chain" > /k1.txt
