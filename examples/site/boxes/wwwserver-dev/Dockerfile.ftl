# The dev box: the web server plus what a developer wants inside.
FROM ${from}
RUN mkdir -p /home/developer \
 && echo "developer:x:1000:1000:developer:/home/developer:/bin/sh" >> /etc/passwd \
 && echo "verbose=1" > /etc/wwwserver/dev.conf
