FROM ${from}
LABEL version="${box.version}" project="${project.groupId}:${project.artifactId}:${project.version}"
RUN echo ${shellQuote(settings.serverName + " it's")} > /etc/server_name
