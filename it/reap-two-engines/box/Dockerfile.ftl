FROM ${from}
CMD ["/bin/sh"]
