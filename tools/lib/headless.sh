# Shared by the tools that run or compile the headless command line. The build writes its JVM options
# and class path once, into releng/io.ringside.headless/target/ringside-cli.args (io.ringside.cli and
# everything its manifests require, gathered by Tycho); ./ringside and these tools read that file, so no
# script lists bundles or library jars itself. Sourced, not run.

# ringside_headless ROOT: sets
#   HEADLESS_ARGS     the argument file (java @FILE: the JVM options and -cp of the built jars)
#   HEADLESS_BUNDLES  the Ringside bundles on that class path (io.ringside.core, ...)
#   HEADLESS_SRCS     their source folders (bundles/<bundle>/src), for compiling them with javac
#   HEADLESS_LIBS     the class path of the libraries alone (Jackson, xz, ...), to compile those sources against
# With no argument file yet, builds Ringside first (once). The file is as current as the last build: after
# a headless bundle gains a library, build again (./ringside build).
ringside_headless() {
  HEADLESS_ARGS="$1/releng/io.ringside.headless/target/ringside-cli.args"
  if [ ! -f "$HEADLESS_ARGS" ]; then
    echo "no $HEADLESS_ARGS yet: building Ringside once" >&2
    "$1/ringside" build || return 1
  fi
  local line cp="" jar name jars=()
  while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in -cp\ *) cp=${line#-cp }; cp=${cp#\"}; cp=${cp%\"} ;; esac
  done < "$HEADLESS_ARGS"
  HEADLESS_BUNDLES=(); HEADLESS_SRCS=(); HEADLESS_LIBS=""
  IFS=: read -r -a jars <<< "$cp"
  for jar in "${jars[@]}"; do
    name=${jar##*/}
    case "$name" in
      io.ringside.*_*.jar) name=${name%%_*}; HEADLESS_BUNDLES+=("$name"); HEADLESS_SRCS+=("$1/bundles/$name/src") ;;
      *) HEADLESS_LIBS="$HEADLESS_LIBS${HEADLESS_LIBS:+:}$jar" ;;
    esac
  done
  [ ${#HEADLESS_BUNDLES[@]} -gt 0 ] || { echo "no Ringside bundle on the class path in $HEADLESS_ARGS" >&2; return 1; }
}
