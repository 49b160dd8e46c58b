FROM ${from}
# Time for watch.sh to edit a file while the first build runs; cached in the rebuilds of this box's own edits.
RUN sleep 2
COPY www /www
CMD ["sh", "-c", "echo serving /www; exec httpd -f -p 8080 -h /www"]
