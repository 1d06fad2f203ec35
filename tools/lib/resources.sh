# Sourced by the dev scripts that compile several bundles into one class folder (devtest, devrun, the
# bench scripts, fuzz/fuzz): copies a bundle's resources (every file of its src/ but Java sources) into
# that folder. Java service files (src/META-INF/services/<interface>: how a bundle registers its device
# models and trace formats, see io.ringside.core.engine.Extensions) are appended rather than copied, so
# the registrations of every bundle survive in the shared folder.
ringside_copy_resources() { # SRC_DIR DEST_DIR
  local f
  while IFS= read -r -d '' f; do
    case "$f" in
      ./META-INF/services/*) mkdir -p "$2/${f%/*}"; cat "$1/$f" >> "$2/$f" ;;
      *) (cd "$1" && cp --parents "$f" "$2/") ;;
    esac
  done < <(cd "$1" && find . -type f ! -name '*.java' -print0)
}
