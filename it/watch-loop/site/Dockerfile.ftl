FROM ${from}
COPY www /www
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
