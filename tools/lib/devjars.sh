# Shared by the dev and bench scripts: the jars the plain-Java bundles compile against, fetched from
# Maven Central into tools/.devjars on first use. Sourced, not run.

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

# ringside_devjars ROOT: the bundles' own dependencies (Jackson core, XZ, HdrHistogram); sets DEVJARS_CP to their class path.
ringside_devjars() {
  ringside_devjar "$1" com.fasterxml.jackson.core jackson-core 2.22.3
  ringside_devjar "$1" org.tukaani xz 1.10
  ringside_devjar "$1" org.hdrhistogram HdrHistogram 2.2.2
  DEVJARS_CP="$1/tools/.devjars/jackson-core-2.22.3.jar:$1/tools/.devjars/xz-1.10.jar:$1/tools/.devjars/HdrHistogram-2.2.2.jar"
}
