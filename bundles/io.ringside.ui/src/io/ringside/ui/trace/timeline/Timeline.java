package io.ringside.ui.trace.timeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

import io.ringside.core.analysis.LifecycleSink;

/**
 * The requests of a trace on a time axis, for the Timeline view: one {@link Lane} per queue and epoch of
 * each device. Built in one pass over the trace from the request lifecycle steps each device model
 * reports ({@link DeviceSink}: fetch, complete, notify, interrupt...), with the event number of every
 * step, so a bar leads back to its events; then {@link #finish finished}: lanes sorted, per-bucket
 * summaries built for zoomed-out paints. No SWT; readable from any thread once finished (the builder
 * hands it over then).
 */
public final class Timeline {

    /** Colour 1 is a request whose operation the trace does not say; named operations take 2.. */
    public static final int UNKNOWN_OP = 1;
    /** Most colours: operations past the eighth named one share the last colour ("other"). */
    public static final int COLOURS = 10;

    private final List<Lane> lanes = new ArrayList<>();
    private final Map<String, Integer> colourOfName = new LinkedHashMap<>();
    private final String[] colourNames = new String[COLOURS + 1];
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private long event = -1;

    public Timeline() {
        colourNames[UNKNOWN_OP] = "request (operation unknown)";
    }

    // ------------------------------------------------------------------ reading

    public List<Lane> lanes() {
        return lanes;
    }

    /** Time of the first event of the trace. */
    public long start() {
        return start == Long.MAX_VALUE ? 0 : start;
    }

    /** Time of the last event of the trace. */
    public long end() {
        return end == Long.MIN_VALUE ? start() : end;
    }

    /** The name of a colour ("read", "write", "request (operation unknown)", "other"), null when unused. */
    public String colourName(int colour) {
        return colourNames[colour];
    }

    /** The colours in use, in order of first appearance. */
    public int[] coloursInUse() {
        return java.util.stream.IntStream.rangeClosed(1, COLOURS).filter(c -> colourNames[c] != null
                && (c != UNKNOWN_OP || unknownUsed)).toArray();
    }

    private boolean unknownUsed;

    /** Requests in all lanes. */
    public long requests() {
        long n = 0;
        for (Lane l : lanes) {
            n += l.size;
        }
        return n;
    }

    /** A queue as the timeline and the Statistics page name it: an NVMe SQ (0 the admin SQ), a virtqueue. */
    public static String queueName(String deviceType, int queue) {
        if (deviceType.startsWith("nvme")) {
            return queue == 0 ? "admin SQ 0" : "SQ " + queue;
        }
        return "vq " + queue;
    }

    // ------------------------------------------------------------------ building

    /** Every event of the trace passes here first, in order: its number and time. */
    public void at(long seq, long time) {
        event = seq;
        if (start == Long.MAX_VALUE) {
            start = time;
        }
        end = Math.max(end, time);
    }

    /** A sink for the lifecycle steps of one device; {@code opName} names its operation codes. */
    public DeviceSink device(int device, String type, IntFunction<String> opName) {
        return new DeviceSink(device, type, opName);
    }

    private final Map<Integer, DeviceSink> devices = new HashMap<>();

    /** A rule broke at the current event, on a device and queue (-1: the device's first lane). */
    public void violation(int device, int queue, long time) {
        DeviceSink d = devices.get(device);
        if (d == null) {
            return;
        }
        LaneBuilder b = queue >= 0 ? d.lane(queue) : d.anyLane();
        if (b != null) {
            b.lane.addMarker(time, event, Lane.VIOLATION);
        }
    }

    private int colour(String name) {
        if (name == null) {
            unknownUsed = true;
            return UNKNOWN_OP;
        }
        Integer c = colourOfName.get(name);
        if (c == null) {
            c = Math.min(COLOURS, 2 + colourOfName.size());
            colourNames[c] = c == COLOURS ? "other" : name;
            colourOfName.put(name, c);
        }
        return c;
    }

    /**
     * Ends the building: lanes sorted by device, epoch and queue; requests still in flight end at the
     * trace's end; summaries built.
     */
    public void finish() {
        long traceEnd = end();
        for (Lane l : lanes) {
            long maxDur = 0;
            for (int i = 0; i < l.size; i++) {
                long e = l.end[i] < 0 ? traceEnd : l.end[i];
                maxDur = Math.max(maxDur, e - l.start[i]);
            }
            l.maxDuration = maxDur;
            l.summary = summarize(l, start(), traceEnd);
        }
        lanes.sort(Comparator.comparingInt(Lane::device).thenComparingInt(Lane::epoch).thenComparingInt(Lane::queue));
        devices.clear();
    }

    /**
     * Buckets of a lane's summary: one to two times as many as its requests and markers together (a power
     * of two), so that where the time graph switches from drawing each request (or marker) to drawing the
     * summary, at two per pixel, a pixel still covers at least a bucket: the summary is per pixel at every
     * zoom. At most {@link #MAX_BUCKETS}: a lane of more than half a million requests and markers is drawn
     * from coarser buckets when zoomed in close to that switch.
     */
    static int summaryBuckets(int requests, int markers) {
        long want = 2L * (requests + markers);
        return Integer.highestOneBit((int) Math.max(64, Math.min(MAX_BUCKETS, want)));
    }

    /**
     * Most buckets of a lane's summary: 2 MB a table, 28 MB for a lane of four operations and four kinds
     * of markers (the whole table and the count of each operation, started and ended, and of each kind).
     */
    static final int MAX_BUCKETS = 1 << 19;

    private static Lane.Summary summarize(Lane l, long t0, long t1) {
        int buckets = summaryBuckets(l.size, l.markers);
        long width = Math.max(1, (t1 - t0) / buckets + 1);
        boolean[] colours = new boolean[COLOURS + 1];
        for (int i = 0; i < l.size; i++) {
            colours[l.op[i]] = true;
        }
        boolean[] kinds = new boolean[Lane.MARKER_KINDS];
        for (int i = 0; i < l.markers; i++) {
            kinds[l.markerKind[i]] = true;
        }
        Lane.Summary s = new Lane.Summary(t0, width, buckets, colours, kinds);
        for (int i = 0; i < l.size; i++) {
            int b = s.bucket(l.start[i]) + 1;
            s.started[0][b]++;
            s.started[l.op[i]][b]++;
            if (l.end[i] >= 0) {
                int e = s.bucket(l.end[i]) + 1;
                s.ended[0][e]++;
                s.ended[l.op[i]][e]++;
            }
        }
        for (int i = 0; i < l.markers; i++) {
            s.marked[l.markerKind[i]][s.bucket(l.markerTime[i]) + 1]++;
        }
        for (int[][] table : new int[][][] { s.started, s.ended, s.marked }) {
            for (int[] a : table) {
                for (int k = 1; a != null && k < a.length; k++) {
                    a[k] += a[k - 1];
                }
            }
        }
        return s;
    }

    /** A lane while it is built: its requests in flight by key, its stack rows, its submits not fetched. */
    private static final class LaneBuilder {
        final Lane lane;
        final KeyIndex inFlight = new KeyIndex();
        long rowsHeld;
        /** Submits not fetched yet (time, event), oldest first: a ring of at most 65,536. */
        long[] submitTime = new long[64];
        long[] submitEvent = new long[64];
        int head;
        int count;

        LaneBuilder(Lane lane) {
            this.lane = lane;
        }

        void submit(long t, long ev) {
            if (count == submitTime.length) {
                if (count >= KeyIndex.MAX) {
                    head = (head + 1) % count; // the oldest is forgotten: a bounded ring
                    count--;
                } else {
                    long[] t2 = new long[count * 2];
                    long[] e2 = new long[count * 2];
                    for (int i = 0; i < count; i++) {
                        t2[i] = submitTime[(head + i) % submitTime.length];
                        e2[i] = submitEvent[(head + i) % submitTime.length];
                    }
                    submitTime = t2;
                    submitEvent = e2;
                    head = 0;
                }
            }
            int i = (head + count) % submitTime.length;
            submitTime[i] = t;
            submitEvent[i] = ev;
            count++;
        }

        int takeRow() {
            int r = Long.numberOfTrailingZeros(~rowsHeld);
            if (r >= Lane.MAX_ROWS) {
                return Lane.MAX_ROWS - 1;
            }
            rowsHeld |= 1L << r;
            return r;
        }

        void releaseRow(int r) {
            if (r < Lane.MAX_ROWS - 1 || Long.numberOfTrailingZeros(~rowsHeld) < Lane.MAX_ROWS) {
                rowsHeld &= ~(1L << r);
            }
        }
    }

    /**
     * The lifecycle steps of one device, as its model's {@link io.ringside.core.analysis.Lifecycle}
     * reports them to the request analysis, turned into lanes, bars and markers at the current event.
     */
    public final class DeviceSink implements LifecycleSink {
        private final int device;
        private final String type;
        private final IntFunction<String> opName;
        private final Map<Integer, LaneBuilder> current = new HashMap<>();
        private final Map<Integer, Integer> opColours = new HashMap<>();
        private int epoch;
        private boolean submits;

        DeviceSink(int device, String type, IntFunction<String> opName) {
            this.device = device;
            this.type = type;
            this.opName = opName;
            devices.put(device, this);
        }

        /** Whether the device's traces show when requests were made available (bars start there). */
        public void showsSubmits(boolean b) {
            submits = b;
        }

        LaneBuilder lane(int queue) {
            LaneBuilder b = current.get(queue);
            if (b == null) {
                String dev = "d" + device + " " + type;
                Lane l = new Lane(device, queue, epoch, dev + " " + queueName(type, queue), dev + " · epoch " + epoch);
                lanes.add(l);
                b = new LaneBuilder(l);
                current.put(queue, b);
            }
            return b;
        }

        LaneBuilder anyLane() {
            return current.values().stream().min(Comparator.comparingInt(b -> b.lane.queue)).orElse(null);
        }

        @Override
        public void epoch(long time) {
            if (!current.isEmpty()) {
                epoch++;
                current.clear();
            }
        }

        @Override
        public void open(int queue, long time) {
            lane(queue);
        }

        @Override
        public void close(int queue, long time) {
            current.remove(queue);
        }

        @Override
        public void submit(int queue, long time, int count) {
            if (submits) {
                LaneBuilder b = lane(queue);
                for (int i = 0; i < count; i++) {
                    b.submit(time, event);
                }
            }
        }

        @Override
        public void notify(int queue, long time, int kind) {
            byte k = switch (kind) {
                case KICK_SUPPRESSED -> Lane.SUPPRESSED;
                case MMIO_CQ -> Lane.CQ_DOORBELL;
                default -> Lane.KICK;
            };
            lane(queue).lane.addMarker(time, event, k);
        }

        @Override
        public void fetch(int queue, long time, long key, int op) {
            LaneBuilder b = lane(queue);
            long st = time;
            long sev = event;
            if (b.count > 0) {
                st = b.submitTime[b.head];
                sev = b.submitEvent[b.head];
                b.head = (b.head + 1) % b.submitTime.length;
                b.count--;
            }
            int old = b.inFlight.get(key);
            if (old >= 0) { // fetched again before completing: the older one is lost to the trace
                b.releaseRow(b.lane.row[old]);
            }
            int i = b.lane.addRequest(st, sev, time, event, colourOfOp(op), b.takeRow());
            if (!b.inFlight.put(key, i)) {
                b.releaseRow(b.lane.row[i]);
            }
        }

        private int colourOfOp(int op) {
            return opColours.computeIfAbsent(op, o -> colour(o < 0 ? null : opName.apply(o)));
        }

        @Override
        public void complete(int queue, long time, long key, long bytes) {
            LaneBuilder b = current.get(queue);
            int i = b == null ? -1 : b.inFlight.remove(key);
            if (i < 0) {
                return; // fetched before the trace or the epoch began
            }
            Lane l = b.lane;
            l.end[i] = time;
            l.endEvent[i] = event;
            l.bytes[i] = bytes;
            b.releaseRow(l.row[i]);
        }

        @Override
        public void shadowDoorbells(long time) {
        }

        @Override
        public void publish(int queue, long time, int count) {
        }

        @Override
        public void interrupt(int queue, long time, boolean suppressed) {
            lane(queue).lane.addMarker(time, event, suppressed ? Lane.SUPPRESSED : Lane.INTERRUPT);
        }

        @Override
        public void consume(int queue, long time, int count) {
        }

        @Override
        public boolean inFlight(int queue, long key) {
            LaneBuilder b = current.get(queue);
            return b != null && b.inFlight.get(key) >= 0;
        }
    }
}
