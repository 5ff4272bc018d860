#!/usr/bin/env bash
# The site template, used as a new publisher uses it, offline:
#   1. archetype:generate from the archetype this build made (installed by invoker:install into a private local
#      repository, with this build's generator and plugin) into target/it/example-site;
#   2. the generated site's own `./mvnw -o -q package`, which must build both editions with every gate passed;
#   3. the goals the site's README names found by their prefix (`shaffof:check`, `shaffof:serve`, `shaffof:import`),
#      and `shaffof:new` and `shaffof:templates` run as it shows them;
#   4. the same site with a broken file, which must fail with the file:line:col line and no stack trace.
# The site has no templates of its own (only templates/README.md): it is built with the generator's built-in ones.
# Run by the module's integration-test phase (exec-maven-plugin):
#   generate-and-build.sh VERSION ARCHETYPE_PLUGIN_VERSION PRIVATE_REPO USER_REPO
# Everything else (Maven's own plugins, the generator's libraries) is read from USER_REPO through a file://
# mirror; Maven runs offline (-o) with only the file protocol allowed, so nothing is fetched from any network.
set -euo pipefail

version=$1
archetype_plugin=$2
repo=$3
user_repo=$4

module=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd -P)
mvnw=$module/../mvnw
work=$module/target/it
rm -rf "$work"
mkdir -p "$work"

cat >"$work/settings.xml" <<XML
<settings>
  <mirrors>
    <mirror><id>local-user-repository</id><mirrorOf>*</mirrorOf><url>file://$user_repo</url></mirror>
  </mirrors>
</settings>
XML
maven=(-B -o -Daether.offline.protocols=file -s "$work/settings.xml" -Dmaven.repo.local="$repo")

fail() {
  echo "archetype test FAILED: $*" >&2
  exit 1
}

echo "archetype test: generating a site from uz.shaffof:shaffof-site-archetype:$version"
(cd "$work" && "$mvnw" "${maven[@]}" -q \
  "org.apache.maven.plugins:maven-archetype-plugin:$archetype_plugin:generate" \
  -DarchetypeGroupId=uz.shaffof -DarchetypeArtifactId=shaffof-site-archetype -DarchetypeVersion="$version" \
  -DgroupId=uz.example -DartifactId=example-site -Dversion=1.0.0-SNAPSHOT -DinteractiveMode=false)
echo "archetype test: generated in ${SECONDS}s"

site=$work/example-site
for f in pom.xml README.md mvnw .mvn/wrapper.properties .gitignore .github/workflows/publish.yml \
         content/site.json content/reports/andijan-ict-2016.md templates/README.md; do
  [[ -f $site/$f ]] || fail "the generated site has no $f"
done
[[ $(find "$site/templates" -type f | wc -l) -eq 1 ]] || fail "templates/ holds more than its README: $(ls -R "$site/templates")"
[[ -x $site/mvnw ]] || fail "mvnw is not executable"
[[ ! -e $site/content/reports/e-government-interview-2020.md ]] || fail "a report of another kind than the example region's"
grep -q "<version>$version</version>" "$site/pom.xml" || fail "pom.xml does not use the plugin $version"
lines=$(grep -c '' "$site/pom.xml")
(( lines <= 25 )) || fail "pom.xml has $lines lines"

# Rendered charts are cached under a SHA-256 of everything that decides their bytes, and the example's charts are
# this repository's: the renderings the generator's tests left in ../.shaffof-cache (if any) are copied in, so this
# test spends CI's time on the template, not on drawing the same charts again (the generator's tests cover that).
if [[ -d $module/../.shaffof-cache/charts ]]; then
  mkdir -p "$site/.shaffof-cache"
  cp -R "$module/../.shaffof-cache/charts" "$site/.shaffof-cache/charts"
fi

echo "archetype test: ./mvnw -o -q package in the generated site"
started=$SECONDS
(cd "$site" && ./mvnw "${maven[@]}" -q package) || fail "the generated site did not build"
echo "archetype test: built in $((SECONDS - started))s"
for edition in uz oz; do
  page=$site/site/$edition/index.html
  [[ -f $page ]] || fail "no $page"
done
grep -q 'lang="uz-Latn"' "$site/site/uz/index.html" || fail "site/uz/index.html is not the Latin edition"
grep -q 'lang="uz-Cyrl"' "$site/site/oz/index.html" || fail "site/oz/index.html is not the Cyrillic edition"
compgen -G "$site/site/assets/site.*.css" >/dev/null || fail "no built-in stylesheet in site/assets/"
[[ -f $site/site/uz/regions/andijon/index.html ]] || fail "no page for the example region"
[[ -f $site/site/oz/reports/andijan-ict-2016/index.html ]] || fail "no page for the example report"

echo "archetype test: the goals the README names resolve by their prefix (shaffof:check, shaffof:serve, shaffof:import)"
(cd "$site" && ./mvnw "${maven[@]}" -q shaffof:check shaffof:serve shaffof:import -Dshaffof.skip=true \
  -Dshaffof.file=figures.xlsx -Dshaffof.indicator=internet-users -Dshaffof.source=andijan-ict-2016) \
  || fail "./mvnw shaffof:check shaffof:serve shaffof:import did not resolve"

echo "archetype test: shaffof:new and shaffof:templates as the README shows them"
(cd "$site" && ./mvnw "${maven[@]}" -q shaffof:new -Dshaffof.kind=indicator -Dshaffof.name=mobile-subscribers) \
  || fail "./mvnw shaffof:new failed"
[[ -f $site/content/indicators/mobile-subscribers.json ]] || fail "shaffof:new wrote no content/indicators/mobile-subscribers.json"
(cd "$site" && ./mvnw "${maven[@]}" -q shaffof:templates -Dshaffof.export -Dshaffof.files=assets/site.css,layout.ftlh) \
  || fail "./mvnw shaffof:templates -Dshaffof.export failed"
for f in templates/assets/site.css templates/layout.ftlh; do
  [[ -f $site/$f ]] || fail "shaffof:templates -Dshaffof.export wrote no $f"
done

echo "archetype test: a broken content file fails the build with its position"
sed -i '0,/{/s//{,/' "$site/content/regions.json"
rm -rf "$site/site"
set +e
(cd "$site" && ./mvnw "${maven[@]}" -q package) >"$work/broken.log" 2>&1
status=$?
set -e
(( status != 0 )) || fail "a broken regions.json built"
grep -q 'content/regions.json:1:2: ' "$work/broken.log" || { cat "$work/broken.log"; fail "no content/regions.json:1:2: line"; }
if grep -qE '^\s+at [a-z]|Exception in thread' "$work/broken.log"; then
  cat "$work/broken.log"
  fail "a stack trace in the output"
fi
[[ ! -e $site/site ]] || fail "a failed build published site/"

echo "archetype test: passed"
