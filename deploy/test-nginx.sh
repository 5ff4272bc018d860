#!/usr/bin/env bash
# Serve a built site with deploy/nginx.conf on 127.0.0.1 and check the HTTP headers with curl.
#
#   deploy/test-nginx.sh SITE_DIR       e.g. deploy/test-nginx.sh site
#   deploy/test-nginx.sh --fixture      against a tiny generated site (tests the config alone)
#
# Needs nginx (Debian: apt-get install --no-install-recommends nginx) and curl. Runs nginx in the
# foreground from a private temporary prefix (config, pid, logs), never touching /etc/nginx, and
# stops it on exit. Prints "nginx: N passed, N failed, N skipped"; exits non-zero on any failure.
# Checks that need something the site lacks (an embed page, a fingerprinted asset) are skipped,
# not passed.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
conf_template=$here/nginx.conf

usage() { echo "usage: $0 SITE_DIR | --fixture" >&2; exit 2; }
[[ $# -eq 1 ]] || usage

work=$(mktemp -d "${TMPDIR:-/tmp}/test-nginx.XXXXXX")
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -QUIT "$nginx_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$nginx_pid" 2>/dev/null
    wait "$nginx_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

make_fixture() {
  local d=$1 filler
  filler=$(printf 'Shaffof fixture text, long enough to be worth compressing. %.0s' $(seq 1 24))
  mkdir -p "$d/uz/embed/test-chart" "$d/oz/embed/test-chart" "$d/assets/vendor/lib-1.0.0"
  page() { printf '<!doctype html>\n<html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>\n<body><p>%s</p><p>%s</p></body></html>\n' "$1" "$2" "$2" "$filler"; }
  page uz "Bosh sahifa" >"$d/index.html"
  page uz "O'zbekcha" >"$d/uz/index.html"
  page uz-Cyrl "Ўзбекча" >"$d/oz/index.html"
  page uz "Embed" >"$d/uz/embed/test-chart/index.html"
  page uz-Cyrl "Embed" >"$d/oz/embed/test-chart/index.html"
  page uz "Sahifa topilmadi (404) / Саҳифа топилмади (404)" >"$d/404.html"
  page uz "Sahifa topilmadi (404)" >"$d/uz/404.html"
  page uz-Cyrl "Саҳифа топилмади (404)" >"$d/oz/404.html"
  printf 'body { font-family: sans-serif; } /* %s */\n' "$filler" >"$d/assets/site.3f2a9c1b.css"
  printf 'window.lib = {}; // %s\n' "$filler" >"$d/assets/vendor/lib-1.0.0/lib.min.js"
}

if [[ $1 == --fixture ]]; then
  site=$work/fixture-site
  make_fixture "$site"
  echo "test-nginx: using a generated fixture site in $site"
elif [[ $1 == -* ]]; then
  usage
else
  [[ -d $1 ]] || { echo "test-nginx: no such directory: $1" >&2; echo "nginx: 0 passed, 1 failed"; exit 1; }
  site=$(cd "$1" && pwd -P)
fi

nginx_bin=$(command -v nginx 2>/dev/null || true)
[[ -z $nginx_bin && -x /usr/sbin/nginx ]] && nginx_bin=/usr/sbin/nginx
if [[ -z $nginx_bin ]]; then
  echo "test-nginx: nginx is not installed (Debian: apt-get install -y --no-install-recommends nginx)" >&2
  echo "nginx: 0 passed, 1 failed"
  exit 1
fi
command -v curl >/dev/null 2>&1 || { echo "test-nginx: curl is not installed" >&2; echo "nginx: 0 passed, 1 failed"; exit 1; }

passed=0 failed=0 skipped=0
ok() { passed=$((passed + 1)); echo "ok   - $1"; }
skip() { skipped=$((skipped + 1)); echo "skip - $1"; }
not_ok() {
  failed=$((failed + 1))
  echo "FAIL - $1"
  shift
  local line
  for line in "$@"; do printf '       %s\n' "$line"; done
}

# ---- start nginx on a free port ------------------------------------------------------------------
prefix=$work/prefix
mkdir -p "$prefix"
user_directive=""
# Started as root, nginx's workers would drop to `nobody`, who may not be able to read a site under
# /root; keep them as the invoking user for the test.
[[ $(id -u) -eq 0 ]] && user_directive="user root;"
sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

port=""
for _ in $(seq 1 10); do
  candidate=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
  port_in_use "$candidate" && continue
  sed -e "s|__ROOT__|$(sed_escape "$site")|g" -e "s|__PORT__|$candidate|g" "$conf_template" >"$prefix/nginx.conf"
  if ! "$nginx_bin" -t -q -c "$prefix/nginx.conf" -p "$prefix/" -e "$prefix/error.log" -g "$user_directive" 2>"$work/nginx-t.err"; then
    not_ok "deploy/nginx.conf passes nginx -t" "$(cat "$work/nginx-t.err")"
    echo "nginx: $passed passed, $failed failed, $skipped skipped"
    exit 1
  fi
  : >"$prefix/error.log"
  "$nginx_bin" -c "$prefix/nginx.conf" -p "$prefix/" -e "$prefix/error.log" -g "daemon off; $user_directive" \
    >"$work/nginx.out" 2>&1 &
  nginx_pid=$!
  for _ in $(seq 1 100); do
    if ! kill -0 "$nginx_pid" 2>/dev/null; then break; fi
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$candidate/"; then port=$candidate; break; fi
    sleep 0.1
  done
  [[ -n $port ]] && break
  if kill -0 "$nginx_pid" 2>/dev/null; then
    kill -KILL "$nginx_pid" 2>/dev/null
    wait "$nginx_pid" 2>/dev/null
    nginx_pid=""
    break
  fi
  wait "$nginx_pid" 2>/dev/null
  nginx_pid=""
  grep -q "Address already in use" "$prefix/error.log" "$work/nginx.out" 2>/dev/null && continue
  break
done
if [[ -z $port ]]; then
  not_ok "nginx starts with deploy/nginx.conf" "$(cat "$work/nginx.out" "$prefix/error.log" 2>/dev/null | tail -n 20)"
  echo "nginx: $passed passed, $failed failed, $skipped skipped"
  exit 1
fi
base=http://127.0.0.1:$port
ok "nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///') serves $site on $base with deploy/nginx.conf"

# ---- helpers ----------------------------------------------------------------------------------
n=0
# fetch PATH [curl args...]: sets status, hfile (headers, CR removed), bfile (body as received).
fetch() {
  local path=$1
  shift
  n=$((n + 1))
  hfile=$work/h$n bfile=$work/b$n
  status=$(curl -sS --max-time 10 -D "$hfile.raw" -o "$bfile" -w '%{http_code}' "$@" "$base$path" 2>"$work/curl$n.err") \
    || status="curl failed: $(cat "$work/curl$n.err")"
  tr -d '\r' <"$hfile.raw" >"$hfile" 2>/dev/null
}
# hdr NAME: the value(s) of header NAME in the last fetch, one per line.
hdr() { grep -i "^$1:" "$hfile" | sed 's/^[^:]*:[[:space:]]*//'; }
hcount() { grep -ci "^$1:" "$hfile"; }

problems=()
expect() { # expect DESCRIPTION TEST-ARGS... : records a problem when [[ TEST ]] is false.
  local what=$1
  shift
  "$@" || problems+=("$what")
}
is() { [[ $1 == "$2" ]]; }
has() { [[ $1 == *"$2"* ]]; }
lacks() { [[ $1 != *"$2"* ]]; }
report() { # report NAME : ok/not_ok from the collected problems, then reset.
  if [[ ${#problems[@]} -eq 0 ]]; then
    ok "$1"
  else
    not_ok "$1" "${problems[@]}" "headers:" "$(sed 's/^/  /' "$hfile" 2>/dev/null)"
  fi
  problems=()
}

policy="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'"
common_headers() {
  expect "one Content-Security-Policy header (got $(hcount Content-Security-Policy))" is "$(hcount Content-Security-Policy)" 1
  expect "CSP carries the strict page policy" has "$(hdr Content-Security-Policy)" "$policy"
  expect "X-Content-Type-Options: nosniff" is "$(hdr X-Content-Type-Options)" nosniff
  expect "Referrer-Policy: strict-origin-when-cross-origin" is "$(hdr Referrer-Policy)" strict-origin-when-cross-origin
  expect "one Cache-Control header (got $(hcount Cache-Control))" is "$(hcount Cache-Control)" 1
}
normal_page() { # normal_page PATH FILE
  fetch "$1"
  expect "status 200 (got $status)" is "$status" 200
  expect "Content-Type text/html" has "$(hdr Content-Type)" text/html
  common_headers
  expect "CSP frame-ancestors 'none'" has "$(hdr Content-Security-Policy)" "frame-ancestors 'none'"
  expect "X-Frame-Options: DENY" is "$(hdr X-Frame-Options)" DENY
  expect "Cache-Control: no-cache" is "$(hdr Cache-Control)" no-cache
  expect "body is $2" cmp -s "$bfile" "$site/$2"
  report "$1: frame-ancestors 'none', nosniff, referrer policy, no-cache"
}

# ---- pages ------------------------------------------------------------------------------------
if [[ -f $site/index.html ]]; then
  normal_page / index.html
else
  not_ok "/: the site has an index.html" "no $site/index.html"
fi

if [[ -f $site/uz/index.html ]]; then
  normal_page /uz/ uz/index.html
  fetch /uz
  expect "status 301 (got $status)" is "$status" 301
  expect "Location: /uz/ (relative)" is "$(hdr Location)" /uz/
  report "/uz redirects to /uz/"
else
  not_ok "/uz/: the site has uz/index.html" "no $site/uz/index.html"
fi

for ed in uz oz; do
  embed=$(cd "$site" && find "$ed/embed" -mindepth 2 -maxdepth 2 -name index.html 2>/dev/null | LC_ALL=C sort | head -n 1)
  if [[ -z $embed ]]; then
    skip "/$ed/embed/*/: no embed page in the site ($ed/embed/*/index.html)"
    continue
  fi
  path=/${embed%index.html}
  fetch "$path"
  expect "status 200 (got $status)" is "$status" 200
  common_headers
  expect "CSP frame-ancestors *" has "$(hdr Content-Security-Policy)" "frame-ancestors *"
  expect "CSP not frame-ancestors 'none'" lacks "$(hdr Content-Security-Policy)" "frame-ancestors 'none'"
  expect "no X-Frame-Options" is "$(hcount X-Frame-Options)" 0
  expect "Cache-Control: no-cache" is "$(hdr Cache-Control)" no-cache
  expect "body is $embed" cmp -s "$bfile" "$site/$embed"
  report "$path: embed page may be framed anywhere (frame-ancestors *)"
done

# ---- assets -----------------------------------------------------------------------------------
hash_re='[.-][0-9a-f]{8,64}\.[A-Za-z0-9]+$'
hashed=$(cd "$site" && find assets -type f 2>/dev/null | LC_ALL=C sort | grep -E "/[^/]*$hash_re" | head -n 1)
plain=$(cd "$site" && find assets -type f 2>/dev/null | LC_ALL=C sort | grep -Ev "/[^/]*$hash_re" | head -n 1)
if [[ -n $hashed ]]; then
  fetch "/$hashed"
  expect "status 200 (got $status)" is "$status" 200
  common_headers
  expect "Cache-Control: public, max-age=31536000, immutable" is "$(hdr Cache-Control)" "public, max-age=31536000, immutable"
  expect "Access-Control-Allow-Origin: *" is "$(hdr Access-Control-Allow-Origin)" "*"
  expect "body is $hashed" cmp -s "$bfile" "$site/$hashed"
  report "/$hashed: fingerprinted asset cached immutable for a year, ACAO *"
else
  skip "fingerprinted asset: none under assets/ (a name like site.3f2a9c1b.css)"
fi
if [[ -n $plain ]]; then
  fetch "/$plain"
  expect "status 200 (got $status)" is "$status" 200
  common_headers
  expect "Cache-Control: no-cache" is "$(hdr Cache-Control)" no-cache
  expect "Access-Control-Allow-Origin: *" is "$(hdr Access-Control-Allow-Origin)" "*"
  report "/$plain: asset without a hash is revalidated (no-cache), ACAO *"
else
  skip "asset without a content hash: none under assets/"
fi
if [[ -f $site/uz/index.html ]]; then
  fetch /uz/
  expect "no Access-Control-Allow-Origin on pages" is "$(hcount Access-Control-Allow-Origin)" 0
  report "/uz/: no Access-Control-Allow-Origin outside /assets/"
fi

# ---- compression ------------------------------------------------------------------------------
gzip_check() { # gzip_check PATH FILE
  fetch "$1" -H 'Accept-Encoding: gzip'
  expect "status 200 (got $status)" is "$status" 200
  expect "Content-Encoding: gzip (got '$(hdr Content-Encoding)')" is "$(hdr Content-Encoding)" gzip
  expect "Vary: Accept-Encoding" has "$(hdr Vary)" Accept-Encoding
  expect "body gunzips to $2" cmp -s <(gzip -dc "$bfile" 2>/dev/null) "$site/$2"
  report "$1: gzip when requested"
}
if [[ -f $site/uz/index.html ]]; then
  gzip_check /uz/ uz/index.html
  fetch /uz/
  expect "no Content-Encoding without Accept-Encoding" is "$(hcount Content-Encoding)" 0
  report "/uz/: identity when gzip is not requested"
fi
text_asset=$(cd "$site" && find assets -type f \( -name '*.css' -o -name '*.js' \) -size +1k 2>/dev/null | LC_ALL=C sort | head -n 1)
if [[ -n $text_asset ]]; then
  gzip_check "/$text_asset" "$text_asset"
else
  skip "gzip of a CSS/JS asset: none of at least 1 KiB under assets/"
fi

# ---- 404 ----------------------------------------------------------------------------------------
missing=/no-such-page-$RANDOM$RANDOM/
if [[ -f $site/404.html ]]; then
  fetch "$missing"
  expect "status 404 (got $status)" is "$status" 404
  expect "Content-Type text/html" has "$(hdr Content-Type)" text/html
  expect "body is the site's 404.html" cmp -s "$bfile" "$site/404.html"
  common_headers
  expect "CSP frame-ancestors 'none'" has "$(hdr Content-Security-Policy)" "frame-ancestors 'none'"
  report "$missing: 404 with the site's 404.html and the security headers"
else
  not_ok "404 page: the site has a 404.html" "no $site/404.html"
fi

# Under an edition, a missing page gets that edition's "not found" page.
for ed in uz oz; do
  if [[ -f $site/$ed/404.html ]]; then
    fetch "/$ed$missing"
    expect "status 404 (got $status)" is "$status" 404
    expect "Content-Type text/html" has "$(hdr Content-Type)" text/html
    expect "body is $ed/404.html" cmp -s "$bfile" "$site/$ed/404.html"
    common_headers
    report "/$ed$missing: 404 with $ed/404.html"
  else
    skip "/$ed/ missing page: the site has no $ed/404.html"
  fi
done

# A directory without index.html is a page that is not there: 404 with the site's page, never nginx's own 403.
for top in "" uz/ oz/; do
  bare=$(cd "$site" && find "./$top" -mindepth 1 -maxdepth 2 -type d ! -name '.*' 2>/dev/null | LC_ALL=C sort \
    | while read -r dir; do [[ -f $dir/index.html ]] || { printf '%s\n' "${dir#./}"; break; }; done)
  if [[ -z $bare ]]; then
    skip "/${top}*/: no directory without index.html"
    continue
  fi
  expected=404.html
  [[ -n $top && -f $site/${top}404.html ]] && expected=${top}404.html
  fetch "/$bare/"
  expect "status 404 (got $status)" is "$status" 404
  expect "Content-Type text/html" has "$(hdr Content-Type)" text/html
  expect "body is $expected, not nginx's error page" cmp -s "$bfile" "$site/$expected"
  common_headers
  report "/$bare/: a directory without index.html is a 404 with $expected"
done

fetch /.git/config
expect "status 404 (got $status)" is "$status" 404
report "/.git/config: dotfiles are not served"

if ! kill -0 "$nginx_pid" 2>/dev/null; then
  not_ok "nginx still running after the checks" "$(tail -n 20 "$prefix/error.log")"
elif grep -E '\[(emerg|alert|crit)\]' "$prefix/error.log" >/dev/null; then
  not_ok "no emerg/alert/crit lines in nginx's error log" "$(grep -E '\[(emerg|alert|crit)\]' "$prefix/error.log" | head -n 10)"
fi

echo "nginx: $passed passed, $failed failed, $skipped skipped"
[[ $failed -eq 0 ]]
