FROM ${from}
CMD ["/bin/sh", "-c", "exec httpd -f -p 80 -h /"]
