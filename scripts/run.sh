#!/usr/bin/env bash
# Starts Xinqiao on the embedded H2 database (data under XINQIAO_DATA_DIR, default ./data), building what is
# missing first (tests skipped) and installing the bundled plugins into XINQIAO_PLUGINS_DIR.
set -euo pipefail
cd "$(dirname "$0")/.."

export XINQIAO_DATA_DIR=${XINQIAO_DATA_DIR:-./data}
export XINQIAO_PLUGINS_DIR=${XINQIAO_PLUGINS_DIR:-./plugins-installed}
jar=platform/server/target/server-0.1.0-SNAPSHOT-all.jar

newest_source=$(find pom.xml config platform plugins -newer "$jar" -not -path '*/target/*' -type f -print -quit 2>/dev/null || echo missing)
if [ ! -f "$jar" ] || [ -n "$newest_source" ]; then
  echo "Building (tests skipped)…"
  mvn -B -ntp -q install -DskipTests
fi

mkdir -p "$XINQIAO_DATA_DIR" "$XINQIAO_PLUGINS_DIR"
# the bundled plugins: each module's shaded jar (not the "original-" one maven-shade leaves beside it)
for module in plugins/*/; do
  name=$(basename "$module")
  for plugin in "$module"target/"$name"-*.jar; do
    [ -e "$plugin" ] && cp -f "$plugin" "$XINQIAO_PLUGINS_DIR/"
  done
done

exec java ${JAVA_OPTS:-} -Duser.timezone=UTC -jar "$jar" "$@"
