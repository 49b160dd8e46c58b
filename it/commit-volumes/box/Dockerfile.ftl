FROM ${from}
RUN mkdir -p /data /www && echo seed > /data/seed && echo page > /www/index.html
# The box's data: each container gets a fresh anonymous volume here, filled from the image.
VOLUME /data
CMD ["httpd", "-f", "-p", "80", "-h", "/data"]
