FROM ${from}
RUN mkdir -p /www && echo "the tool box" > /www/index.html
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
