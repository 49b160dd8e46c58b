FROM ${from}
COPY pom.xml /box/pom.xml
