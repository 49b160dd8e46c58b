FROM ${from}
RUN mkdir -p /www
# Fetches from the db box by its short name on the project network, then serves what it got.
CMD ["/bin/sh", "-c", "until wget -q -O /www/from-db \"$DB_URL\"; do sleep 0.2; done; exec httpd -f -p 80 -h /www"]
