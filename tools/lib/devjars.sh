# Shared by the dev and bench scripts: jars of the tools themselves (JUnit console, Jazzer, JMH), fetched
# from Maven Central into tools/.devjars on first use. (The bundles' own libraries come from the build:
# tools/lib/headless.sh.) Sourced, not run.

# ringside_devjar ROOT GROUP ARTIFACT VERSION [FOLDER]: fetches one jar (unless it is there) into FOLDER,
# by default ROOT/tools/.devjars. Maven runs from outside the checkout: the checkout's .mvn/extensions.xml
# loads Tycho, which needs a newer JDK than a machine's default java may be, and is not needed to copy a jar.
ringside_devjar() {
  local jars="${5:-$1/tools/.devjars}"
  mkdir -p "$jars"
  [ -f "$jars/$3-$4.jar" ] && return 0
  (cd / && mvn -q -B dependency:copy -Dartifact="$2:$3:$4" -DoutputDirectory="$jars" > /dev/null) || {
    echo "could not fetch $2:$3:$4 from Maven Central into $jars" >&2
    return 1
  }
}
