#!/usr/bin/env bash
# docs/nginx/kunskap.conf, as docs/publishing.md says to use it, checked with Debian's nginx:
# builds this repo's site with the given kunskap, serves it on free 127.0.0.1 ports with the
# file included unchanged (at the root), and as the doc says for a sub-path (/kunskap/), and
# checks what the doc promises: status codes, the 404 page, security headers, gzip for the
# search index, the vCard type and the cache headers.
#   nginx_test.sh KUNSKAP_BINARY
set -euo pipefail
kunskap=$(realpath "$1")
repo=$(cd "$(dirname "$0")/../.." && pwd)
conf="$repo/docs/nginx/kunskap.conf"

work=$(mktemp -d "${TMPDIR:-/tmp}/kunskap-nginx-XXXXXX")
chmod 755 "$work"  # nginx's workers may run as another user
nginx_pid=
stop() {
  if [[ -n $nginx_pid ]]; then
    kill "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop EXIT

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
port=$(free_port)
subpath_port=$(free_port)
while [[ $subpath_port == "$port" ]]; do subpath_port=$(free_port); done

# The site at the root of one server, and under /kunskap/ of another; each built with the
# base_url it is served at (the 404 page's links use its path).
"$kunskap" build --source "$repo" --out "$work/root" --base-url "http://127.0.0.1:$port/" \
  >"$work/build.log"
mkdir -p "$work/webroot"
"$kunskap" build --source "$repo" --out "$work/webroot/kunskap" \
  --base-url "http://127.0.0.1:$subpath_port/kunskap/" >>"$work/build.log"

# Under a sub-path the doc's one change: the error_page line.
grep -qx 'error_page 404 /404.html;' "$conf"
sed 's|^error_page 404 /404.html;$|error_page 404 /kunskap/404.html;|' "$conf" \
  >"$work/kunskap-subpath.conf"

mkdir -p "$work/tmp"
cat >"$work/nginx.conf" <<CONF
daemon off;
worker_processes 1;
pid $work/nginx.pid;
error_log $work/error.log;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log $work/access.log;
  client_body_temp_path $work/tmp;
  proxy_temp_path $work/tmp;
  fastcgi_temp_path $work/tmp;
  uwsgi_temp_path $work/tmp;
  scgi_temp_path $work/tmp;
  server {
    listen 127.0.0.1:$port;
    root $work/root;
    include $conf;
  }
  server {
    listen 127.0.0.1:$subpath_port;
    root $work/webroot;
    location /kunskap/ {
      include $work/kunskap-subpath.conf;
    }
  }
}
CONF
nginx -t -q -c "$work/nginx.conf" -p "$work" -e "$work/error.log"
# In the foreground, as this script's child: the trap stops it and waits for it.
nginx -c "$work/nginx.conf" -p "$work" -e "$work/error.log" &
nginx_pid=$!
for _ in $(seq 50); do
  curl --silent --noproxy '*' -o /dev/null "http://127.0.0.1:$port/" &&
    curl --silent --noproxy '*' -o /dev/null "http://127.0.0.1:$subpath_port/" && break
  kill -0 "$nginx_pid" 2>/dev/null || { cat "$work/error.log" >&2; exit 1; }
  sleep 0.1
done

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# fetch URL [curl options]: the status code; headers in $work/headers, body in $work/body.
fetch() {
  local url=$1
  shift
  curl --silent --show-error --noproxy '*' --max-time 10 -o "$work/body" -D "$work/headers" \
    -w "%{http_code}" "$@" "$url" || true
}
header() {
  grep -i "^$1:" "$work/headers" | head -n 1 | cut -d: -f2- | sed 's/^ *//; s/\r$//' || true
}
expect_status() {  # URL STATUS [curl options]
  local url=$1 status=$2
  shift 2
  local got
  got=$(fetch "$url" "$@")
  [[ $got == "$status" ]] || fail "$url: status $got, expected $status"
}
expect_header() {  # NAME VALUE CONTEXT
  local got
  got=$(header "$1")
  [[ $got == "$2" ]] || fail "$3: $1 is '$got', expected '$2'"
}

# The Content-Security-Policy of the theme's meta tag, plus frame-ancestors.
meta_csp=$(grep -o '<meta http-equiv="Content-Security-Policy" content="[^"]*"' \
  "$work/root/sv/index.html" | sed 's/.*content="//; s/"$//')
[[ -n $meta_csp ]] || fail "no Content-Security-Policy meta tag in sv/index.html"
csp="$meta_csp; frame-ancestors 'none'"

security_headers() {  # CONTEXT
  expect_header Content-Security-Policy "$csp" "$1"
  expect_header Referrer-Policy "no-referrer" "$1"
  expect_header X-Content-Type-Options "nosniff" "$1"
  expect_header X-Frame-Options "DENY" "$1"
  local permissions
  permissions=$(header Permissions-Policy)
  [[ $permissions == *"camera=()"* && $permissions == *"geolocation=()"* &&
    $permissions == *"microphone=()"* ]] || fail "$1: Permissions-Policy is '$permissions'"
  # Nothing is allowed: every feature's list is empty.
  [[ -n $permissions && ! $permissions =~ =\([^\)] ]] ||
    fail "$1: Permissions-Policy allows something: '$permissions'"
}

check_site() {  # BASE_URL SITE_DIR
  local base=$1 site=$2
  local origin prefix  # http://127.0.0.1:PORT, and the path the site is served under
  origin=$(grep -o '^http://[^/]*' <<<"$base")
  prefix=${base#"$origin"}

  expect_status "$base/sv/" 200
  security_headers "$base/sv/"
  expect_header Cache-Control "no-store" "$base/sv/"
  [[ $(header Content-Type) == "text/html; charset=utf-8" ]] ||
    fail "$base/sv/: Content-Type is '$(header Content-Type)'"
  grep -q '<html lang="sv"' "$work/body" || fail "$base/sv/: not the Swedish home page"

  expect_status "$base/sv/begrepp/eftervald/" 200
  cmp -s "$work/body" "$site/sv/begrepp/eftervald/index.html" ||
    fail "$base/sv/begrepp/eftervald/: not the built page"
  expect_status "$base/sv/begrepp/eftervald/index.html" 200
  expect_header Cache-Control "no-store" "$base/sv/begrepp/eftervald/index.html"

  expect_status "$base/sv" 301
  expect_header Location "$prefix/sv/" "$base/sv"

  expect_status "$base/sv/finns-inte/" 404
  cmp -s "$work/body" "$site/404.html" || fail "$base/sv/finns-inte/: not the site's 404.html"
  security_headers "$base/sv/finns-inte/ (404)"
  expect_status "$base/sv/finns-inte.json" 404
  cmp -s "$work/body" "$site/404.html" || fail "$base/sv/finns-inte.json: not the site's 404.html"
  # The 404 page's stylesheet is where its link says.
  local stylesheet
  stylesheet=$(grep -o 'rel="stylesheet" href="[^"]*"' "$site/404.html" | sed 's/.*href="//; s/"$//')
  [[ $stylesheet == "$prefix/assets/style.css" ]] || fail "404.html links '$stylesheet'"
  expect_status "$origin$stylesheet" 200

  # The search index: precompressed for browsers that accept gzip, plain for the others.
  expect_status "$base/sv/search-index.json" 200 -H 'Accept-Encoding: gzip'
  expect_header Content-Encoding "gzip" "$base/sv/search-index.json (gzip)"
  expect_header Content-Type "application/json; charset=utf-8" "$base/sv/search-index.json"
  expect_header Cache-Control "no-store" "$base/sv/search-index.json"
  cmp -s "$work/body" "$site/sv/search-index.json.gz" ||
    fail "$base/sv/search-index.json: not the build's search-index.json.gz"
  gzip -dc "$work/body" | cmp -s - "$site/sv/search-index.json" ||
    fail "$base/sv/search-index.json: does not unpack to the index"
  security_headers "$base/sv/search-index.json"
  expect_status "$base/sv/search-index.json" 200
  [[ -z $(header Content-Encoding) ]] || fail "$base/sv/search-index.json: gzip without asking"
  cmp -s "$work/body" "$site/sv/search-index.json" || fail "$base/sv/search-index.json: plain"

  # A contact card for address books.
  local vcf
  vcf=$(cd "$site" && find sv -name '*.vcf' | sort | head -n 1)
  [[ -n $vcf ]] || fail "the site has no .vcf"
  expect_status "$base/$vcf" 200
  [[ $(header Content-Type) == "text/vcard; charset=utf-8" ]] ||
    fail "$base/$vcf: Content-Type is '$(header Content-Type)'"
  expect_header Cache-Control "no-store" "$base/$vcf"

  # The theme's files: kept a week.
  for asset in assets/style.css assets/kunskap.js assets/quick-exit.js; do
    expect_status "$base/$asset" 200
    expect_header Cache-Control "max-age=604800" "$base/$asset"
    security_headers "$base/$asset"
  done
  expect_status "$base/assets/kunskap.js" 200 -H 'Accept-Encoding: gzip'
  expect_header Content-Encoding "gzip" "$base/assets/kunskap.js (gzip)"
}

check_site "http://127.0.0.1:$port" "$work/root"
check_site "http://127.0.0.1:$subpath_port/kunskap" "$work/webroot/kunskap"
# The access log of this test's http block got no line for a request the file serves: it
# turns per-request logging off, so no reader's address or page is written down. (Requests
# outside /kunskap/ on the sub-path server are not the file's to serve, nor to log.)
if grep -E '"GET /(kunskap/|sv|en|ar|assets|404|index)' "$work/access.log" >"$work/logged"; then
  fail "requests the site serves were logged: $(head -n 2 "$work/logged")"
fi
grep -q '"GET / ' "$work/access.log" || fail "the test's own access log is not written at all"
# Under a sub-path, nothing outside it is served from the site.
expect_status "http://127.0.0.1:$subpath_port/sv/" 404

if ((failures)); then
  echo "nginx_test: $failures check(s) failed; nginx's error log:" >&2
  cat "$work/error.log" >&2
  exit 1
fi
echo "nginx_test: docs/nginx/kunskap.conf serves the site as documented (root and sub-path)"
