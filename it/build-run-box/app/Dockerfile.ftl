FROM ${from}
RUN echo "the project's box" > /app.txt
