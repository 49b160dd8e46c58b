<#-- The project's own box, on top of wwwserver-dev (or of wwwserver with -Ddockerbox.from=example/wwwserver):
     the site's nginx config, its database (made at first start) and a one-time copy of source/.
     The context is the project folder (see .dockerignore). -->
FROM ${from}
# What the site and its first start need to know, in one file only root and PHP (www-data) read.
# Values go in as single printf arguments, never into the format: shellQuote makes each one shell word.
RUN mkdir -p /etc/site \
 && printf '[db]\nname = "%s"\nuser = "%s"\npassword = "%s"\n[box]\nname = "%s"\nparent = "%s"\n' \
      ${shellQuote(settings.dbName)} ${shellQuote(settings.dbUser)} ${shellQuote(settings.dbPassword)} \
      ${shellQuote(box.name)} ${shellQuote(from)} > /etc/site/site.ini \
 && chown root:www-data /etc/site/site.ini && chmod 640 /etc/site/site.ini
COPY src/main/dockerbox/site.nginx /etc/nginx/site.nginx.in
RUN sed -e "s|@SERVER_NAME@|${settings.serverName}|g" -e "s|@WWW_ROOT@|${settings.wwwRoot}|g" \
      /etc/nginx/site.nginx.in > /etc/nginx/sites-enabled/site
# The database is made at the container's first start, when MariaDB runs; dockerbox:commit keeps its
# data (in the container here; a VOLUME's anonymous volume would be kept too).
COPY src/main/dockerbox/init-db.php /etc/site/init-db.php
COPY src/main/dockerbox/site-db.conf /etc/supervisor/conf.d/site-db.conf
COPY src/main/dockerbox/box-up-site-db.sh /etc/box-up.d/site-db.sh
# A one-time copy of the source: the box runs what was copied when it was built.
COPY source /source
