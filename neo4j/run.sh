#!/usr/bin/env bash
# Runs the embedded Neo4j 5.26 server (Launcher.java) in the foreground.
# Fetches the jars from Maven Central into lib/ on first use. Works from any cwd.
# Env: NEO4J_PORT (7687), NEO4J_HOME_DIR (<this dir>/data), NEO4J_PAGECACHE (128m),
#      NEO4J_FRESH=1 (wipe the home dir first), NEO4J_HEAP (-Xmx, 1g),
#      NEO4J_HEAP_MIN (-Xms, 256m; keep it <= NEO4J_HEAP), JAVA_HOME.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lib="$here/lib"
version="$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$here/pom.xml")"
pomsum="$(sha1sum <"$here/pom.xml" | cut -c1-12)"

# lib/ counts only once a fetch for this exact pom.xml finished (stamp file), so an
# interrupted download or a lib/ from an older pom is refetched whole, never mixed.
stamp="$lib/.fetched-$version-$pomsum"
if [[ ! -f "$stamp" ]]; then
  echo "neo4j/run.sh: fetching Neo4j $version jars into $lib (Maven Central)..." >&2
  rm -rf "$lib"
  # Output captured, shown only on failure: Debian's mvn 3.8.7 prints stray ESC[0m
  # codes even with -q -B, and stdout is reserved for the READY/STOPPED lines.
  if ! out="$(mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies "-Dneo4j.lib.dir=$lib" 2>&1)"; then
    printf '%s\n' "$out" >&2
    echo "neo4j/run.sh: mvn fetch failed" >&2
    exit 1
  fi
  touch "$stamp"
fi

export NEO4J_HOME_DIR="${NEO4J_HOME_DIR:-$here/data}"

java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

# JVM flags: those Neo4j 5.26's shipped conf/neo4j.conf sets via server.jvm.additional
# (same add-opens list as ConfigFileMigrator.recommendedJvmAdditionals in neo4j-dbms),
# minus -XX:+AlwaysPreTouch (it would commit the whole heap up front) and the
# TLS/profiling-only flags.
exec "$java_bin" \
  "-Xmx${NEO4J_HEAP:-1g}" "-Xms${NEO4J_HEAP_MIN:-256m}" \
  -XX:+UseG1GC \
  -XX:-OmitStackTraceInFastThrow \
  -XX:+UnlockExperimentalVMOptions -XX:+TrustFinalNonStaticFields \
  -XX:+DisableExplicitGC \
  -Djdk.nio.maxCachedBufferSize=1024 \
  -Dio.netty.tryReflectionSetAccessible=true \
  --add-opens=java.base/java.nio=ALL-UNNAMED \
  --add-opens=java.base/java.io=ALL-UNNAMED \
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED \
  --enable-native-access=ALL-UNNAMED \
  -Dlog4j2.disable.jmx=true \
  -cp "$lib/*" \
  "$here/Launcher.java"
