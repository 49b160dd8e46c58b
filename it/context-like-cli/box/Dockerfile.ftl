FROM ${from}
COPY . /ctx
RUN cd /ctx && find . | sort > /copied.list
