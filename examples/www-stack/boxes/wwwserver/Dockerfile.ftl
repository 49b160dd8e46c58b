<#-- wwwserver: the generic web server box, provisioned rarely and shared by every project.
     nginx, php-fpm, MariaDB and sshd, all kept in the foreground by supervisord as PID 1. -->
FROM ${from}
ENV DEBIAN_FRONTEND=noninteractive LANG=C.UTF-8
# No service may start while its package installs: there is no init system here, supervisord starts them later.
RUN printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d && chmod 755 /usr/sbin/policy-rc.d
# MariaDB's settings for a box, in place before the package makes its first data files: a small redo
# log (8 MB, not 96 MB) keeps every commit of a box with data small.
COPY box.cnf /etc/mysql/mariadb.conf.d/90-box.cnf
# Debian's default nginx site would answer instead of the project's; sshd's host keys are made at
# first start (box-start), so that no two containers share keys baked into an image; php-fpm listens
# on TCP, which does not depend on the PHP version in its socket's name.
# apt's downloads and lists live in cache mounts (BuildKit, which dockerbox's auto builder picks for
# this RUN --mount): a rebuild after one more package fetches only that package. They stay out of
# the image, whose /var/lib/apt/lists is empty as before.
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \
    --mount=type=cache,target=/var/lib/apt/lists,sharing=locked \
    rm -f /etc/apt/apt.conf.d/docker-clean \
 && apt-get update \
 && apt-get install -y --no-install-recommends nginx php-fpm php-cli php-mysql mariadb-server mariadb-client \
        openssh-server supervisor ca-certificates curl procps \
 && rm -f /etc/nginx/sites-enabled/default /etc/ssh/ssh_host_* \
 && ln -s "$(ls /usr/sbin/php-fpm* | head -n 1)" /usr/local/sbin/php-fpm \
 && sed -i 's|^listen = .*|listen = 127.0.0.1:9000|' /etc/php/*/fpm/pool.d/www.conf
COPY supervisord.conf /etc/supervisor/supervisord.conf
COPY wwwserver.conf /etc/supervisor/conf.d/wwwserver.conf
COPY box-start box-up /usr/local/bin/
RUN chmod 755 /usr/local/bin/box-start /usr/local/bin/box-up && mkdir -p /etc/box-start.d /etc/box-up.d
EXPOSE 80 22
ENTRYPOINT ["/usr/local/bin/box-start"]
CMD ["/usr/bin/supervisord", "-n", "-c", "/etc/supervisor/supervisord.conf"]
