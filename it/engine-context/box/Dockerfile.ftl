FROM ${from}
RUN mkdir -p /www && echo "hello from ${box.name}" > /www/index.html
CMD ["httpd", "-f", "-p", "80", "-h", "/www"]
