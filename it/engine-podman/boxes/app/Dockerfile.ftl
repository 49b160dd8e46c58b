FROM ${from}
ARG FAIL=no
RUN test "$FAIL" != yes && mkdir -p /www && echo "hello from ${box.name}" > /www/index.html
CMD ["httpd", "-f", "-p", "80", "-h", "/www"]
