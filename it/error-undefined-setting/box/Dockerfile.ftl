FROM ${from}
ENV DB=${settings.dbName}
ENV ROOT=${settings.wwwRoot}
