FROM ${from}
COPY www /www
CMD ["sh", "-c", "echo serving /www; exec httpd -f -p 8080 -h /www"]
