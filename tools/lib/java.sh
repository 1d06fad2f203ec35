# Shared by ./ringside and tools/: find a JDK >= 21 and (for building) Maven >= 3.9.
# Sourced, not run.

ringside_java_major() { # JAVA_BIN -> major version number
  ringside_java_major_into "$1"
  echo "$RINGSIDE_MAJOR"
}

# Sets RINGSIDE_MAJOR to the major version of JAVA_BIN, in this shell (no subshell to capture output).
ringside_java_major_into() {
  # the JDK's release file says it without starting a JVM, read with bash builtins only: every command
  # of ./ringside pays for this
  local rel="${1%/bin/java}/release" line v=""
  if [ -r "$rel" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
      case "$line" in
        JAVA_VERSION=*)
          v=${line#JAVA_VERSION=}; v=${v#\"}
          if [ "${v%%.*}" = 1 ]; then v=${v#1.}; fi # 1.8.0_x -> 8
          v=${v%%[!0-9]*}
          break ;;
      esac
    done < "$rel"
    if [ -n "$v" ]; then RINGSIDE_MAJOR=$v; return 0; fi
  fi
  RINGSIDE_MAJOR=$("$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | head -n1 | cut -d. -f1)
}

# Prints JAVA_HOME of a JDK >= 21: $JAVA_HOME if it qualifies, else the newest under /usr/lib/jvm.
ringside_find_jdk() {
  local c best="" bestv=0 v
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ]; then
    ringside_java_major_into "$JAVA_HOME/bin/java"; v=$RINGSIDE_MAJOR
    if [ "${v:-0}" -ge 21 ]; then echo "$JAVA_HOME"; return 0; fi
    echo "ringside: JAVA_HOME=$JAVA_HOME is Java $v; looking for Java 21+ under /usr/lib/jvm" >&2
  fi
  for c in /usr/lib/jvm/*; do
    [ -x "$c/bin/javac" ] || continue
    [ -L "$c" ] && continue
    ringside_java_major_into "$c/bin/java"; v=$RINGSIDE_MAJOR
    if [ "${v:-0}" -ge 21 ] && [ "$v" -gt "$bestv" ]; then best="$c"; bestv="$v"; fi
  done
  if [ -z "$best" ]; then
    echo "ringside: no JDK 21 or newer found (JAVA_HOME unset or older; nothing suitable under /usr/lib/jvm)." >&2
    echo "ringside: install one, for example: apt-get install openjdk-21-jdk-headless (or a Temurin 21+ JDK), or set JAVA_HOME." >&2
    return 1
  fi
  echo "$best"
}
