FROM ${from}
RUN mkdir -p /www && echo "rows from the db box" > /www/index.html
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
