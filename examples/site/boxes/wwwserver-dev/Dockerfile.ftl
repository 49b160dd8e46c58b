# The dev box: the web server plus what a developer wants inside.
FROM ${from}
RUN adduser -D -h /home/developer developer && echo "verbose=1" > /etc/wwwserver/dev.conf
