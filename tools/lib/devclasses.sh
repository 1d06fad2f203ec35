# Shared by tools/devrun and the bench scripts: the headless bundles (those of the class path the last
# build wrote, tools/lib/headless.sh) compiled with javac into one class folder with their resources,
# cached by a hash of this tree's source paths, sizes and times and of the library class path. Each tree
# has its own folder (the hash names the tree's paths), so worktrees side by side never run each other's
# classes. Sourced, not run; needs tools/lib/headless.sh and resources.sh sourced first.

# ringside_dev_classes ROOT JDK: sets DEV_CLASSES (the class folder; compiled unless it is up to date) and,
# through ringside_headless, HEADLESS_LIBS and the rest. Folder: $DEVRUN_OUT/<hash>/classes, DEVRUN_OUT by
# default ${TMPDIR:-/tmp}/ringside-devrun-<uid>.
ringside_dev_classes() {
  local root=$1 jdk=$2 hash out
  ringside_headless "$root" || return 1
  hash=$( { echo "$HEADLESS_LIBS"; find "${HEADLESS_SRCS[@]}" -type f -printf '%p %s %T@\n' | sort; } | md5sum | cut -c1-12)
  out="${DEVRUN_OUT:-${TMPDIR:-/tmp}/ringside-devrun-$(id -u)}/$hash"
  if [ ! -f "$out/.done" ]; then
    rm -rf "$out"; mkdir -p "$out/classes"
    find "${HEADLESS_SRCS[@]}" -name '*.java' > "$out/sources.list"
    "$jdk/bin/javac" --release 21 -nowarn -encoding UTF-8 -d "$out/classes" -cp "$HEADLESS_LIBS" @"$out/sources.list" >&2 || return 1
    local s
    for s in "${HEADLESS_SRCS[@]}"; do ringside_copy_resources "$s" "$out/classes"; done
    touch "$out/.done"
  fi
  # shellcheck disable=SC2034 # for the script that sources this
  DEV_CLASSES="$out/classes"
}
