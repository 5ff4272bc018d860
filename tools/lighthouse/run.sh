#!/usr/bin/env bash
# Lighthouse (mobile emulation, the default form factor) on the home page, a region page and a chart page of the
# built site, served by nginx with deploy/nginx.conf on 127.0.0.1, using Debian's Chromium. Not part of `verify`.
#
#   tools/lighthouse/run.sh [SITE_DIR]        default: site (build it first: ./mvnw -B package)
#
# Environment: CHROME_PATH (default /usr/bin/chromium), PAGES (space-separated paths; default below).
# Installs the pinned Lighthouse from package.json into tools/lighthouse/node_modules on first use (npm, no
# lockfile), writes <page>.report.json and .report.html to tools/lighthouse/reports/ (git-ignored), and prints
# the four category scores per page plus the audits that cost points. docs/LIGHTHOUSE.md records the results.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd -P)
root=$(cd "$here/../.." && pwd -P)
site=$(cd "${1:-$root/site}" 2>/dev/null && pwd -P) || { echo "lighthouse: no site directory: ${1:-$root/site} (run ./mvnw -B package)" >&2; exit 1; }
[[ -f $site/index.html ]] || { echo "lighthouse: $site has no index.html (run ./mvnw -B package)" >&2; exit 1; }
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
[[ -x $CHROME_PATH ]] || { echo "lighthouse: no Chromium at $CHROME_PATH (apt-get install -y --no-install-recommends chromium)" >&2; exit 1; }
nginx_bin=$(command -v nginx 2>/dev/null || echo /usr/sbin/nginx)
[[ -x $nginx_bin ]] || { echo "lighthouse: nginx is not installed (apt-get install -y --no-install-recommends nginx)" >&2; exit 1; }
command -v npm >/dev/null || { echo "lighthouse: npm is not installed" >&2; exit 1; }
pages=${PAGES:-/uz/ /uz/regions/andijon/ /uz/charts/portal-appeals-received/}

# ---- Lighthouse, the exact version in package.json ----------------------------------------------------------
wanted=$(node -p "require('$here/package.json').dependencies.lighthouse")
installed=$(node -p "try { require('$here/node_modules/lighthouse/package.json').version } catch (e) { '' }")
if [[ $installed != "$wanted" ]]; then
  echo "lighthouse: installing lighthouse@$wanted into $here/node_modules"
  # No lockfile is committed (it would name the registry's host); the one direct dependency is pinned exactly.
  (cd "$here" && npm install --no-package-lock --no-audit --no-fund --loglevel=error)
fi
lighthouse=$here/node_modules/.bin/lighthouse

# ---- nginx with deploy/nginx.conf on a free loopback port (as deploy/test-nginx.sh does) ---------------------
work=$(mktemp -d "${TMPDIR:-/tmp}/lighthouse.XXXXXX")
chmod 755 "$work"
nginx_pid=""
cleanup() {
  if [[ -n $nginx_pid ]] && kill -0 "$nginx_pid" 2>/dev/null; then
    kill -QUIT "$nginx_pid" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$nginx_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

user_directive=""
[[ $(id -u) -eq 0 ]] && user_directive="user root;" # workers must read a site under /root
sed_escape() { printf '%s' "$1" | sed -e 's/[\\|&]/\\&/g'; }
port=""
for _ in $(seq 1 10); do
  candidate=$((20000 + (RANDOM * 32768 + RANDOM) % 40000))
  (exec 3<>"/dev/tcp/127.0.0.1/$candidate") 2>/dev/null && continue
  sed -e "s|__ROOT__|$(sed_escape "$site")|g" -e "s|__PORT__|$candidate|g" "$root/deploy/nginx.conf" >"$work/nginx.conf"
  "$nginx_bin" -c "$work/nginx.conf" -p "$work/" -e "$work/error.log" -g "daemon off; $user_directive" >"$work/nginx.out" 2>&1 &
  nginx_pid=$!
  for _ in $(seq 1 50); do
    kill -0 "$nginx_pid" 2>/dev/null || break
    if curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$candidate/"; then port=$candidate; break; fi
    sleep 0.1
  done
  [[ -n $port ]] && break
  kill -0 "$nginx_pid" 2>/dev/null && { kill -KILL "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; }
  nginx_pid=""
done
[[ -n $port ]] || { echo "lighthouse: nginx did not start:" >&2; cat "$work/nginx.out" "$work/error.log" >&2 2>/dev/null; exit 1; }
base=http://127.0.0.1:$port
echo "lighthouse: $("$lighthouse" --version) on $("$CHROME_PATH" --version 2>/dev/null | tail -n 1), nginx $("$nginx_bin" -v 2>&1 | sed 's/.*nginx\///') serving $site at $base"

# ---- Lighthouse per page -------------------------------------------------------------------------------------
reports=$here/reports
mkdir -p "$reports"
summary=$work/summary.tsv
printf 'page\tperformance\taccessibility\tbest-practices\tseo\n' >"$summary"
status=0
for path in $pages; do
  name=$(printf '%s' "${path#/}" | sed -e 's|/$||' -e 's|/|-|g')
  name=${name:-root}
  echo "lighthouse: $base$path"
  if ! "$lighthouse" "$base$path" \
      --chrome-flags="--headless=new --no-sandbox" \
      --only-categories=performance,accessibility,best-practices,seo \
      --output=json --output=html --output-path="$reports/$name" --quiet; then
    echo "lighthouse: FAILED on $path" >&2
    status=1
    continue
  fi
  node "$here/scores.mjs" "$path" "$reports/$name.report.json" >"$work/$name.scores"
  head -n 1 "$work/$name.scores" >>"$summary"
  tail -n +2 "$work/$name.scores" | sed "s|^|$path|" >>"$summary.details"
done

echo
column -t -s $'\t' "$summary"
if [[ -s $summary.details ]]; then
  echo
  echo "Audits that cost points (categories under target):"
  cat "$summary.details"
fi
echo "Reports: $reports"
exit $status
