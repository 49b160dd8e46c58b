# The project's own box: site configuration and a one-time copy of the source.
FROM ${from}
ENV DB_NAME=${settings.dbName} SERVER_NAME=${settings.serverName}
RUN echo "server_name ${settings.serverName}; root ${settings.wwwRoot};" > /etc/wwwserver/site.conf
COPY source /source
