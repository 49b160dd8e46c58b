# Sourced by box-up: a throw-away shell may start a fresh container, whose database the site-db
# program makes a moment after MariaDB answers. Wait for it (30 s at most).
i=0
until [ -e /var/lib/mysql/.site-initialized ]; do
  i=$((i + 1))
  if [ "$i" -gt 150 ]; then
    echo "box-up: the site's database was not made within 30 s; see /tmp/supervisord.out" >&2
    return 1
  fi
  sleep 0.2
done
