FROM ${from}
RUN mkdir -p /data /opt/app && echo conf > /etc/app.conf && echo old > /opt/app/old
VOLUME /data
CMD ["sleep", "600"]
