package io.ringside.core.internal.index;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the index cache folder within a size: after an index is written, the least recently used
 * indexes (an {@code .rsi} file and its {@code .rsev} event cache; "used" is the index file's
 * modification time, which {@link io.ringside.core.index.TraceIndex} refreshes whenever it opens a
 * cached index) are deleted until the folder fits. The index just written is never deleted, even alone over the limit. Deleting
 * a cache another process has open is harmless on POSIX systems (its open files stay readable); that
 * process rebuilds the index the next time. Errors are ignored: the cache is only a cache.
 */
public final class CacheTrim {

    private CacheTrim() {
    }

    /** One cached index: its files and when it was last used. */
    private record Entry(String key, List<Path> files, long bytes, FileTime used) {
    }

    /** {@code .KEY.rsi.PID.RANDOM.tmp}, {@code .KEY.rsev.PID.RANDOM.tmp} (and the older {@code .KEY.rsev.RANDOM.tmp}). */
    private static final java.util.regex.Pattern TEMP = java.util.regex.Pattern
            .compile("\\..+?\\.(?:rsi|rsev)\\.(\\d{1,10}\\.\\d{1,20}|\\d{1,20})\\.tmp");

    /**
     * Deletes the temporary files of indexes whose writer was killed before it could delete them
     * (SIGKILL, a crash): {@link io.ringside.core.util.AtomicFile#isStale}. They are not counted as cache.
     *
     * @return how many were deleted
     */
    static int deleteStaleTemporaries(Path dir) {
        int n = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path p : ds) {
                java.util.regex.Matcher m = TEMP.matcher(p.getFileName().toString());
                if (m.matches() && io.ringside.core.util.AtomicFile.isStale(p, m.group(1))) {
                    try {
                        Files.deleteIfExists(p);
                        n++;
                    } catch (IOException ignored) {
                        // the next trim tries again
                    }
                }
            }
        } catch (IOException e) {
            // no folder, or unreadable: nothing to clean
        }
        return n;
    }

    /**
     * Deletes least recently used indexes of {@code dir} until its {@code .rsi}/{@code .rsev} files
     * total at most {@code maxBytes}, keeping {@code keepKey}.
     *
     * @return the keys deleted, least recently used first
     */
    static List<String> trim(Path dir, long maxBytes, String keepKey) {
        deleteStaleTemporaries(dir);
        Map<String, List<Path>> files = new LinkedHashMap<>();
        Map<String, Long> sizes = new LinkedHashMap<>();
        Map<String, FileTime> used = new LinkedHashMap<>();
        long total = 0;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.{rsi,rsev}")) {
            for (Path p : ds) {
                String name = p.getFileName().toString();
                String key = name.substring(0, name.lastIndexOf('.'));
                BasicFileAttributes a;
                try {
                    a = Files.readAttributes(p, BasicFileAttributes.class);
                } catch (IOException e) {
                    continue; // deleted meanwhile
                }
                files.computeIfAbsent(key, k -> new ArrayList<>()).add(p);
                sizes.merge(key, a.size(), Long::sum);
                total += a.size();
                if (name.endsWith(".rsi") || !used.containsKey(key)) {
                    used.put(key, a.lastModifiedTime()); // the index file's time counts
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        if (total <= maxBytes) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : files.entrySet()) {
            if (!e.getKey().equals(keepKey)) {
                entries.add(new Entry(e.getKey(), e.getValue(), sizes.get(e.getKey()), used.get(e.getKey())));
            }
        }
        entries.sort(Comparator.comparing(Entry::used).thenComparing(Entry::key));
        List<String> deleted = new ArrayList<>();
        for (Entry e : entries) {
            if (total <= maxBytes) {
                break;
            }
            for (Path p : e.files()) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // still there: counted as gone, the next trim tries again
                }
            }
            total -= e.bytes();
            deleted.add(e.key());
        }
        return deleted;
    }
}
