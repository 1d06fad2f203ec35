package io.ringside.ui.trace.timeline;

import java.util.Arrays;

/**
 * One lane of the timeline: the requests of one queue in one epoch of its device, each from its first
 * known step to its completion, sorted by start, and the markers of the queue (notifications, CQ
 * doorbells, interrupts, violations) sorted by time. Columnar arrays, grown by doubling while the
 * timeline is built and read-only once it is {@link Timeline#finish finished}. Requests are stacked in
 * rows: a request takes the lowest row no request in flight holds, so the stack's height at a time is the
 * queue's depth then.
 */
public final class Lane {

    /** Marker kinds. */
    public static final byte KICK = 0, CQ_DOORBELL = 1, INTERRUPT = 2, SUPPRESSED = 3, VIOLATION = 4;
    public static final int MARKER_KINDS = 5;
    /** Most rows a lane stacks (deeper queues share the top row). */
    public static final int MAX_ROWS = 64;

    final int device;
    final int queue;
    final int epoch;
    final String label;
    final String group;

    int size;
    long[] start = new long[16];
    long[] fetch = new long[16];
    long[] end = new long[16];
    long[] startEvent = new long[16];
    long[] fetchEvent = new long[16];
    long[] endEvent = new long[16];
    long[] bytes = new long[16];
    int[] op = new int[16];
    byte[] row = new byte[16];
    int rows;
    long maxDuration;

    int markers;
    long[] markerTime = new long[16];
    long[] markerEvent = new long[16];
    byte[] markerKind = new byte[16];

    /** Bucketed cumulative counts for drawing a zoomed-out range in time independent of its requests. */
    Summary summary;

    Lane(int device, int queue, int epoch, String label, String group) {
        this.device = device;
        this.queue = queue;
        this.epoch = epoch;
        this.label = label;
        this.group = group;
    }

    public int device() {
        return device;
    }

    public int queue() {
        return queue;
    }

    public int epoch() {
        return epoch;
    }

    /** What the lane is: device, queue (with its role), e.g. {@code d0 nvme SQ 1}. */
    public String label() {
        return label;
    }

    /** The group of lanes it belongs to: device and epoch, e.g. {@code d0 nvme · epoch 2}. */
    public String group() {
        return group;
    }

    public int size() {
        return size;
    }

    /** Rows the lane stacks its requests in (its most requests in flight at once, at most {@link #MAX_ROWS}). */
    public int rows() {
        return Math.max(1, rows);
    }

    public long start(int i) {
        return start[i];
    }

    /** When the device fetched request i (its first known step when the submit is unknown). */
    public long fetch(int i) {
        return fetch[i];
    }

    /** Completion time of request i, or -1 when it did not complete in the trace. */
    public long end(int i) {
        return end[i];
    }

    /** The event of request i's first known step (where clicking it moves the cursor). */
    public long startEvent(int i) {
        return startEvent[i];
    }

    public long fetchEvent(int i) {
        return fetchEvent[i];
    }

    /** The event of request i's completion, or -1. */
    public long endEvent(int i) {
        return endEvent[i];
    }

    /** Request i's data size in bytes, -1 when the trace does not say. */
    public long bytes(int i) {
        return bytes[i];
    }

    /** The colour of request i's operation (1..{@link Timeline#COLOURS}; {@link Timeline#colourName} names it). */
    public int colour(int i) {
        return op[i];
    }

    public int row(int i) {
        return row[i];
    }

    /** The longest request (completed or, at the end, still in flight). */
    public long maxDuration() {
        return maxDuration;
    }

    public int markers() {
        return markers;
    }

    public long markerTime(int i) {
        return markerTime[i];
    }

    public long markerEvent(int i) {
        return markerEvent[i];
    }

    public byte markerKind(int i) {
        return markerKind[i];
    }

    public Summary summary() {
        return summary;
    }

    /** The first request starting at or after {@code t} (size() when none). */
    public int firstStartingAt(long t) {
        return lowerBound(start, size, t);
    }

    /** The first marker at or after {@code t} (markers() when none). */
    public int firstMarkerAt(long t) {
        return lowerBound(markerTime, markers, t);
    }

    static int lowerBound(long[] a, int n, long t) {
        int lo = 0;
        int hi = n;
        while (lo < hi) {
            int mid = lo + hi >>> 1;
            if (a[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The request at time {@code t} in row {@code r}, or -1 (what a click on a bar finds). */
    public int requestAt(long t, int r, long slack, long traceEnd) {
        int hi = lowerBound(start, size, t + slack + 1);
        for (int i = hi - 1; i >= 0; i--) {
            if (start[i] < t - maxDuration - slack) {
                break;
            }
            long e = end[i] < 0 ? traceEnd : end[i];
            if (Math.min(row[i], MAX_ROWS - 1) == r && start[i] - slack <= t && t <= e + slack) {
                return i;
            }
        }
        return -1;
    }

    int addRequest(long startTime, long startEv, long fetchTime, long fetchEv, int opCode, int r) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            fetch = Arrays.copyOf(fetch, n);
            end = Arrays.copyOf(end, n);
            startEvent = Arrays.copyOf(startEvent, n);
            fetchEvent = Arrays.copyOf(fetchEvent, n);
            endEvent = Arrays.copyOf(endEvent, n);
            bytes = Arrays.copyOf(bytes, n);
            op = Arrays.copyOf(op, n);
            row = Arrays.copyOf(row, n);
        }
        int i = size++;
        start[i] = startTime;
        startEvent[i] = startEv;
        fetch[i] = fetchTime;
        fetchEvent[i] = fetchEv;
        end[i] = -1;
        endEvent[i] = -1;
        bytes[i] = -1;
        op[i] = opCode;
        row[i] = (byte) r;
        rows = Math.max(rows, r + 1);
        return i;
    }

    void addMarker(long t, long ev, byte kind) {
        if (markers == markerTime.length) {
            int n = markers * 2;
            markerTime = Arrays.copyOf(markerTime, n);
            markerEvent = Arrays.copyOf(markerEvent, n);
            markerKind = Arrays.copyOf(markerKind, n);
        }
        markerTime[markers] = t;
        markerEvent[markers] = ev;
        markerKind[markers] = kind;
        markers++;
    }

    /**
     * Per-bucket cumulative counts over the whole trace, built once: requests started and ended up to each
     * bucket (overall and per operation colour) and markers of each kind. The requests overlapping any range
     * of buckets, or the markers in it, are two subtractions: a zoomed-out paint costs per pixel, not per
     * request. Tables of colours and marker kinds the lane does not use are null (read as zeros).
     */
    public static final class Summary {
        final long t0;
        final long width;
        final int buckets;
        /** [colour][bucket + 1]: requests of that colour started in buckets before; colour 0 is all. */
        final int[][] started;
        final int[][] ended;
        /** [kind][bucket + 1]: markers of that kind in buckets before. */
        final int[][] marked;

        Summary(long t0, long width, int buckets, boolean[] coloursUsed, boolean[] kindsUsed) {
            this.t0 = t0;
            this.width = width;
            this.buckets = buckets;
            started = new int[coloursUsed.length][];
            ended = new int[coloursUsed.length][];
            for (int c = 0; c < coloursUsed.length; c++) {
                if (c == 0 || coloursUsed[c]) {
                    started[c] = new int[buckets + 1];
                    ended[c] = new int[buckets + 1];
                }
            }
            marked = new int[MARKER_KINDS][];
            for (int k = 0; k < MARKER_KINDS; k++) {
                if (kindsUsed[k]) {
                    marked[k] = new int[buckets + 1];
                }
            }
        }

        /** The bucket of a time, clamped to the buckets. */
        public int bucket(long t) {
            long b = Math.floorDiv(t - t0, width);
            return (int) Math.max(0, Math.min(buckets - 1, b));
        }

        public long width() {
            return width;
        }

        /** Requests (of a colour, 0 for all) in flight at some time in buckets [b0, b1]. */
        public int overlapping(int colour, int b0, int b1) {
            return started[colour] == null ? 0 : started[colour][b1 + 1] - ended[colour][b0];
        }

        /** The colour most of the requests in flight in buckets [b0, b1] have (the lowest of equals), 0 if none. */
        public int mostFrequent(int b0, int b1) {
            int colour = 0;
            int best = 0;
            for (int c = 1; c < started.length; c++) {
                int k = overlapping(c, b0, b1);
                if (k > best) {
                    best = k;
                    colour = c;
                }
            }
            return colour;
        }

        /** Markers of a kind in buckets [b0, b1]. */
        public int markersIn(int kind, int b0, int b1) {
            return marked[kind] == null ? 0 : marked[kind][b1 + 1] - marked[kind][b0];
        }
    }
}
