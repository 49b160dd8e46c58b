FROM ${from}
ARG FAIL=no
RUN test "$FAIL" != yes && mkdir -p /www && echo "hello from ${box.name}" > /www/index.html
# The box's data in a volume: commit keeps what the run wrote there (Podman's archive API and buildah's ADD).
VOLUME /data
CMD ["httpd", "-f", "-p", "80", "-h", "/www"]
