# Shared by the bench scripts. Sourced, not run.

# ringside_qemu_mix_log ROOT LINES FILE [iso]: writes FILE (unless it exists) by repeating the real samples
# samples/traces/qemu/{a,b,d}_*.trace.log.xz (virtio-blk split, virtio-blk packed, NVMe) in turn until it
# has at least LINES lines; each copy starts with device resets, so it is a valid log that checks clean.
# Copy n's times are the samples' plus n times the cycle's span in seconds, so time never goes backwards
# (the importer warns about a log whose time does).
# With "iso", every line's `tid@sec.usec:` prefix (QEMU 6.0 to 10.0) is written as QEMU 10.1 and later
# write it, the same time in ISO 8601 UTC and a space (`2026-11-20T12:00:11.175080Z `): the same log with
# the other prefix.
ringside_qemu_mix_log() {
  local root=$1 lines=$2 f=$3 prefix=${4:-} s per n copies=()
  [ -s "$f" ] && return 0
  : > "$f.cycle"
  for s in a_virtio-blk_split b_virtio-blk_packed d_nvme_smp1; do
    xz -dc "$root/samples/traces/qemu/$s.trace.log.xz" >> "$f.cycle"
  done
  per=$(wc -l < "$f.cycle")
  for ((n = 0; n < lines; n += per)); do copies+=("$f.cycle"); done
  # two passes of awk: the cycle's span (first and last second), then every copy shifted by it
  awk 'FNR == NR { if (match($0, /^[0-9]+@[0-9]+\./)) { s = substr($0, index($0, "@") + 1) + 0
                     if (min == "" || s < min) min = s; if (s > max) max = s }; next }
       FNR == 1 { shift = (copy++) * (max - min + 1) }
       shift && match($0, /^[0-9]+@[0-9]+\./) { at = index($0, "@"); dot = index($0, ".")
                     $0 = substr($0, 1, at) sprintf("%.0f", substr($0, at + 1, dot - at - 1) + shift) substr($0, dot) }
       { print }' "$f.cycle" "${copies[@]}" > "$f.tmp"
  if [ "$prefix" = iso ]; then
    ringside_iso_prefix < "$f.tmp" > "$f.tmp2" && mv "$f.tmp2" "$f.tmp"
  fi
  mv "$f.tmp" "$f"
  rm -f "$f.cycle"
}

# ringside_iso_prefix: a filter that rewrites `tid@sec.usec:` line prefixes as an ISO 8601 UTC time and a
# space (the date from the days since 1970 by the proleptic Gregorian calendar, counted from March so that
# the leap day ends a year); other lines pass unchanged.
ringside_iso_prefix() {
  awk '
    function date(days,   z, era, doe, yoe, doy, mp, d, m, y) {
      z = days + 719468; era = int(z / 146097); doe = z - era * 146097
      yoe = int((doe - int(doe / 1460) + int(doe / 36524) - int(doe / 146096)) / 365)
      doy = doe - (365 * yoe + int(yoe / 4) - int(yoe / 100))
      mp = int((5 * doy + 2) / 153); d = doy - int((153 * mp + 2) / 5) + 1
      m = mp < 10 ? mp + 3 : mp - 9; y = yoe + era * 400 + (m <= 2)
      return sprintf("%04d-%02d-%02d", y, m, d)
    }
    match($0, /^[0-9]+@[0-9]+\.[0-9]+:/) {
      p = substr($0, 1, RLENGTH - 1); at = index(p, "@"); dot = index(p, ".")
      sec = substr(p, at + 1, dot - at - 1) + 0; frac = substr(p, dot + 1)
      t = sec % 86400
      printf "%sT%02d:%02d:%02d.%sZ %s\n", date(int(sec / 86400)), int(t / 3600), int(t % 3600 / 60), t % 60, frac, substr($0, RLENGTH + 1)
      next
    }
    { print }'
}

# ringside_bench_dir ROOT NAME: the bench's work folder, $BENCH_DIR or by default one per tree,
# ${TMPDIR:-/tmp}/ringside-bench-NAME-<8 hex digits of ROOT's path>: worktrees benching side by side never
# compile into, or time, each other's folder (as tools/devtest's output is per tree).
ringside_bench_dir() {
  if [ -n "${BENCH_DIR:-}" ]; then
    echo "$BENCH_DIR"
  else
    echo "${TMPDIR:-/tmp}/ringside-bench-$2-$(echo "$1" | md5sum | cut -c1-8)"
  fi
}
