FROM ${from}
