FROM ${from}
ARG SITE_NAME
LABEL it.box.version="${box.version}"
ENV DB_NAME=${settings.dbName} WWW_ROOT=${settings.wwwRoot}
RUN echo "db ${settings.dbName} for ${project.artifactId} at $SITE_NAME" > /etc/box/site \
 && echo "${settings.dbPassword} ${settings.dbPass}" > /etc/box/credentials
COPY source /source
