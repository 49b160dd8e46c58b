FROM ${from}
RUN echo one
<#if settings.x>
RUN echo never closed
