<#-- wwwserver-dev: the web server plus what a developer wants inside: a developer user with sudo,
     git and zsh, xdebug, and PHP that shows every error. -->
FROM ${from}
RUN apt-get update \
 && apt-get install -y --no-install-recommends sudo git zsh php-xdebug \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --shell /usr/bin/zsh --groups sudo developer \
 && echo 'developer ALL=(ALL) NOPASSWD:ALL' > /etc/sudoers.d/developer && chmod 440 /etc/sudoers.d/developer \
 && for d in /etc/php/*/fpm/conf.d /etc/php/*/cli/conf.d; do \
      printf 'display_errors = On\ndisplay_startup_errors = On\nerror_reporting = E_ALL\nxdebug.mode = develop,debug\nxdebug.start_with_request = trigger\n' > "$d/99-dev.ini"; \
    done
# dockerbox:watch syncs edits into the running box: PHP checks a file's time at every request, not every 2 s.
RUN for d in /etc/php/*/fpm/conf.d; do printf 'opcache.revalidate_freq = 0\n' > "$d/98-watch.ini"; done
