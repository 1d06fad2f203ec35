# Shared by the bench scripts. Sourced, not run.

# ringside_qemu_mix_log ROOT LINES FILE: writes FILE (unless it exists) by repeating the real samples
# samples/traces/qemu/{a,b,d}_*.trace.log.xz (virtio-blk split, virtio-blk packed, NVMe) in turn until it
# has at least LINES lines; each copy starts with device resets, so it is a valid log that checks clean.
ringside_qemu_mix_log() {
  local root=$1 lines=$2 f=$3 s per n
  [ -s "$f" ] && return 0
  : > "$f.cycle"
  for s in a_virtio-blk_split b_virtio-blk_packed d_nvme_smp1; do
    xz -dc "$root/samples/traces/qemu/$s.trace.log.xz" >> "$f.cycle"
  done
  per=$(wc -l < "$f.cycle")
  : > "$f.tmp"
  for ((n = 0; n < lines; n += per)); do cat "$f.cycle" >> "$f.tmp"; done
  mv "$f.tmp" "$f"
  rm -f "$f.cycle"
}
