FROM ${from}
COPY www /www
CMD ["httpd", "-f", "-p", "80", "-h", "/www"]
