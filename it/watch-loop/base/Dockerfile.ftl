FROM ${from}
COPY base.txt /www/base.txt
