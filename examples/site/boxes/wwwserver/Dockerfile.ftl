# The generic web server box: provisioned rarely, shared by every project.
FROM ${from}
RUN mkdir -p /etc/wwwserver ${settings.wwwRoot} && echo "${box.name}" > /etc/wwwserver/box
EXPOSE 80
CMD ["httpd", "-f", "-p", "80", "-h", "${settings.wwwRoot}"]
