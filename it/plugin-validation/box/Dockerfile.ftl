FROM ${from}
CMD ["sleep", "600"]
