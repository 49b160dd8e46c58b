FROM ${from}
RUN --mount=type=secret,id=token cat /run/secrets/token
