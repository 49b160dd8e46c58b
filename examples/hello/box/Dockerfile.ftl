FROM ${from}
RUN mkdir -p /www && echo "hello from ${box.name}" > /www/index.html
EXPOSE 8080
CMD ["httpd", "-f", "-p", "8080", "-h", "/www"]
