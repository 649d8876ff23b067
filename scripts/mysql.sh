#!/usr/bin/env bash
# Makes sure a MySQL-compatible server answers on MYSQL_HOST:MYSQL_PORT (default 127.0.0.1:3306).
# Starts the local MariaDB/MySQL if it is installed but stopped. Exits 0 when the server answers, 1 when none can be had.
set -euo pipefail

host=${MYSQL_HOST:-127.0.0.1}
port=${MYSQL_PORT:-3306}

answers() {
  (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null
}

if answers; then
  exit 0
fi

daemon=""
for candidate in /usr/sbin/mariadbd /usr/sbin/mysqld /usr/bin/mariadbd /usr/bin/mysqld; do
  if [ -x "$candidate" ]; then daemon=$candidate; break; fi
done
if [ "$host" != "127.0.0.1" ] && [ "$host" != "localhost" ]; then
  echo "mysql.sh: no MySQL server answers on $host:$port (a remote host is not started from here)" >&2
  exit 1
fi
if [ -z "$daemon" ]; then
  echo "mysql.sh: no MySQL server answers on $host:$port and none is installed here to start" >&2
  exit 1
fi

echo "mysql.sh: starting $daemon" >&2
mkdir -p /run/mysqld
chown mysql:mysql /run/mysqld 2>/dev/null || true
if command -v start-stop-daemon >/dev/null 2>&1; then
  start-stop-daemon --start --oknodo --background --exec "$daemon"
else
  nohup "$daemon" >/dev/null 2>&1 &
fi
for _ in $(seq 1 60); do
  if answers; then exit 0; fi
  sleep 0.5
done
echo "mysql.sh: $daemon did not start answering on $host:$port within 30 s" >&2
exit 1
