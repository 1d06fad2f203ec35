# Shared by ./ringside and tools/: a Maven >= 3.9 for the Tycho build. The machine's own Maven may be
# older (Debian 12 ships 3.8.7, Tycho 5 needs 3.9+), so the project fetches Apache Maven from Maven
# Central with whatever mvn is installed, into .tools/ in the repository. Sourced, not run.

RINGSIDE_MAVEN_VERSION=3.9.11

ringside_mvn_version() { # MVN -> x.y.z
  (cd / && "$1" -v 2>/dev/null) | grep -o 'Apache Maven [0-9][0-9.]*' | head -n1 | cut -d' ' -f3
}

ringside_mvn_ok() { # version -> true when >= 3.9
  local v="$1" maj min
  maj=${v%%.*}; min=${v#*.}; min=${min%%.*}
  [ -n "$maj" ] && { [ "$maj" -gt 3 ] || { [ "$maj" -eq 3 ] && [ "${min:-0}" -ge 9 ]; }; }
}

# Prints the path of an mvn >= 3.9, bootstrapping one under $1/.tools when needed.
ringside_find_maven() {
  local root="$1" tools="$1/.tools" m v sys
  m="$tools/apache-maven-$RINGSIDE_MAVEN_VERSION/bin/mvn"
  if [ -x "$m" ]; then echo "$m"; return 0; fi
  sys=$(command -v mvn || true)
  if [ -n "$sys" ]; then
    v=$(ringside_mvn_version "$sys")
    if ringside_mvn_ok "$v"; then echo "$sys"; return 0; fi
  else
    echo "ringside: Maven is needed to build Ringside and none is installed: apt-get install maven (any version; 3.9.x is then fetched from Maven Central)" >&2
    return 1
  fi
  echo "ringside: Maven $v is too old for Tycho; fetching Apache Maven $RINGSIDE_MAVEN_VERSION from Maven Central into .tools/ (once)" >&2
  mkdir -p "$tools"
  # run outside the repository: its .mvn/extensions.xml (Tycho) needs the newer Maven
  if ! (cd "$tools" && "$sys" -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="org.apache.maven:apache-maven:$RINGSIDE_MAVEN_VERSION:tar.gz:bin" \
      -DoutputDirectory="$tools" >"$tools/bootstrap.log" 2>&1); then
    echo "ringside: could not fetch Apache Maven $RINGSIDE_MAVEN_VERSION (see $tools/bootstrap.log)" >&2
    return 1
  fi
  tar -xzf "$tools/apache-maven-$RINGSIDE_MAVEN_VERSION-bin.tar.gz" -C "$tools" && rm -f "$tools/apache-maven-$RINGSIDE_MAVEN_VERSION-bin.tar.gz"
  [ -x "$m" ] || { echo "ringside: bootstrap of Maven failed" >&2; return 1; }
  echo "$m"
}
