FROM ${from}
RUN cat /k1.txt > /k2.txt && echo "second of the chain" >> /k2.txt
