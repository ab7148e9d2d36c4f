#!/usr/bin/env bash
# Builds this repo's site with the freshly built kunskap and serves it with Debian's nginx on
# a free localhost port, for the browser, accessibility, HTML and link checks.
#   site_server.sh start BUILD_DIR   -> builds BUILD_DIR/site-under-test, starts nginx,
#                                       writes the URL to BUILD_DIR/site-under-test.url
#   site_server.sh stop BUILD_DIR
set -euo pipefail
action=$1
build=$(cd "$2" && pwd)
repo=$(cd "$(dirname "$0")/../.." && pwd)
state="$build/site-server"
case "$action" in
  start)
    rm -rf "$state" && mkdir -p "$state"
    "$build/kunskap" build --source "$repo" --out "$build/site-under-test" >"$state/build.log"
    port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    cat >"$state/nginx.conf" <<CONF
daemon on;
worker_processes 1;
pid $state/nginx.pid;
error_log $state/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  types { text/vcard vcf; }
  access_log $state/access.log;
  client_body_temp_path $state/tmp;
  proxy_temp_path $state/tmp;
  fastcgi_temp_path $state/tmp;
  uwsgi_temp_path $state/tmp;
  scgi_temp_path $state/tmp;
  server {
    listen 127.0.0.1:$port;
    root $build/site-under-test;
    error_page 404 /404.html;
    gzip_static on;
    # The path of the site's base_url too: 404.html links its files from there.
    location /kunskap/ { alias $build/site-under-test/; }
  }
}
CONF
    mkdir -p "$state/tmp"
    nginx -c "$state/nginx.conf" -p "$state" -e "$state/error.log"
    echo "http://127.0.0.1:$port/" >"$build/site-under-test.url"
    ;;
  stop)
    if [[ -f "$state/nginx.pid" ]]; then kill "$(cat "$state/nginx.pid")" 2>/dev/null || true; fi
    ;;
esac
