FROM ${from}
RUN mkdir -p /www && echo ok > /www/health
# The page is written at start, from the environment the run configured.
CMD ["/bin/sh", "-c", "echo \"$GREETING\" > /www/index.html && exec httpd -f -p 80 -h /www"]
