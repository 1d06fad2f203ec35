package io.ringside.debug;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.EventType;
import io.ringside.core.trace.TraceEvent;

/**
 * Where the debugger suspends: the headless form of a Ringside breakpoint, shared by the Eclipse
 * breakpoints (which store these attributes in markers) and {@code ringside show --break-on}. Each kind
 * may be restricted to one lane (device and queue).
 * <p>
 * Text form, as the command line takes it ({@link #parse}): {@code violation}, {@code violation=S6,N3},
 * {@code event=KIND}, {@code desc=N}, {@code buffer=N}, {@code command=N}, {@code watch=FIELD} or
 * {@code watch=FIELD:CONDITION}, each optionally followed by {@code @qN} or {@code @dDqN}.
 */
public sealed interface BreakSpec {

    /** Only events of this lane (null: any). */
    QueueLane lane();

    /** A short label: {@code violation S6}, {@code watch avail.idx [delta > 1]}, {@code event kick @d0 q1}. */
    String label();

    /** Whether matching needs the replay state before and after each event (watchpoints). */
    default boolean needsState() {
        return false;
    }

    /** Suspend on a rule violation: every rule, or the given rule ids ({@code S2} also matches {@code S2a}). */
    record OnViolation(Set<String> rules, QueueLane lane) implements BreakSpec {
        public OnViolation {
            rules = Set.copyOf(rules);
        }

        public boolean matches(Violation v) {
            if (lane != null && (v.device() != lane.device() || v.queue() != lane.queue())) {
                return false;
            }
            if (rules.isEmpty()) {
                return true;
            }
            String id = v.ruleId();
            for (String r : rules) {
                if (id.equalsIgnoreCase(r)
                        || (id.length() > r.length() && id.regionMatches(true, 0, r, 0, r.length())
                                && Character.isLowerCase(id.charAt(r.length())))) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String label() {
            return "violation" + (rules.isEmpty() ? "" : " " + String.join(",", new java.util.TreeSet<>(rules)))
                    + suffix(lane);
        }
    }

    /** Suspend at every event of a kind ({@code kick}, {@code nvme_sq_db}, ...). */
    record OnEvent(String kind, QueueLane lane) implements BreakSpec {
        public boolean matches(TraceEvent e) {
            return e.type() != null && e.type().id().equals(kind) && (lane == null || lane.contains(e));
        }

        @Override
        public String label() {
            return "event " + kind + suffix(lane);
        }
    }

    /** What an {@link OnId} breakpoint names. */
    enum IdKind {
        /** A descriptor index (split table entry or packed ring position): {@code desc}, {@code used_desc}. */
        DESCRIPTOR("desc"),
        /** A virtio buffer: split head or packed buffer id, in every event that names it. */
        BUFFER("buffer"),
        /** An NVMe command id (cid), in every event that names it. */
        COMMAND("command");

        private final String word;

        IdKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Suspend at every event that names a descriptor, buffer or command id. */
    record OnId(IdKind kind, long id, QueueLane lane) implements BreakSpec {
        public boolean matches(TraceEvent e) {
            EventType t = e.type();
            if (t == null || (lane != null && !lane.contains(e))) {
                return false;
            }
            switch (kind) {
            case DESCRIPTOR: {
                if (!t.id().equals("desc") && !t.id().equals("used_desc")) {
                    return false;
                }
                int s = t.slot("index");
                int table = t.slot("table");
                return s >= 0 && e.has(s) && e.get(s) == id && (table < 0 || !e.has(table));
            }
            case COMMAND:
                return Requests.isCommand(e) && Requests.idOf(e) == id;
            default:
                return !Requests.isCommand(e) && Requests.idOf(e) == id;
            }
        }

        @Override
        public String label() {
            return kind.word() + " " + id + suffix(lane);
        }
    }

    /** A watchpoint: suspend where a field is written or changes, and the condition (if any) holds. */
    record OnWatch(String field, WatchCondition condition, QueueLane lane) implements BreakSpec {
        @Override
        public boolean needsState() {
            return true;
        }

        @Override
        public String label() {
            return "watch " + field + (condition == null ? "" : " [" + condition.text() + "]") + suffix(lane);
        }
    }

    private static String suffix(QueueLane lane) {
        return lane == null ? "" : " @" + lane;
    }

    Pattern LANE = Pattern.compile("@(?:d(\\d+))?\\s*q(\\d+)\\s*$");

    /** Parses the text form (see the class comment); throws {@link IllegalArgumentException} with the reason. */
    static BreakSpec parse(String text) {
        String s = text.trim();
        QueueLane lane = null;
        Matcher m = LANE.matcher(s);
        if (m.find()) {
            lane = new QueueLane(m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            s = s.substring(0, m.start()).trim();
        }
        int eq = s.indexOf('=');
        String key = (eq < 0 ? s : s.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
        String arg = eq < 0 ? "" : s.substring(eq + 1).trim();
        switch (key) {
        case "violation", "violations": {
            Set<String> rules = new LinkedHashSet<>();
            for (String r : arg.split("[,\\s]+")) {
                if (!r.isBlank()) {
                    rules.add(r.trim());
                }
            }
            return new OnViolation(rules, lane);
        }
        case "event", "ev":
            if (arg.isEmpty()) {
                throw new IllegalArgumentException("event= needs an event kind, for example event=kick");
            }
            return new OnEvent(arg, lane);
        case "desc", "descriptor":
            return new OnId(IdKind.DESCRIPTOR, number(key, arg), lane);
        case "buffer", "buf", "head":
            return new OnId(IdKind.BUFFER, number(key, arg), lane);
        case "command", "cid":
            return new OnId(IdKind.COMMAND, number(key, arg), lane);
        case "watch": {
            int colon = arg.indexOf(':');
            String field = colon < 0 ? arg : arg.substring(0, colon);
            String cond = colon < 0 ? null : arg.substring(colon + 1);
            return new OnWatch(Extensions.watchFieldId(field), cond == null || cond.isBlank() ? null : WatchCondition.parse(cond),
                    lane);
        }
        default:
            throw new IllegalArgumentException("unknown breakpoint '" + text
                    + "': use violation[=RULES], event=KIND, desc=N, buffer=N, command=N or watch=FIELD[:CONDITION], optionally @qN or @dDqN");
        }
    }

    private static long number(String key, String arg) {
        try {
            return arg.startsWith("0x") ? Long.parseLong(arg.substring(2), 16) : Long.parseLong(arg);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + "= needs a number, not '" + arg + "'");
        }
    }

    /**
     * The watchable fields of the installed device models ({@link Extensions#watchFieldIds()}) as lines of
     * at most {@code width} characters, the first starting with {@code lead}: for help texts.
     */
    static List<String> fieldLines(String lead, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(lead);
        for (String id : Extensions.watchFieldIds()) {
            if (line.length() + 1 + id.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (line.length() > 0) {
                line.append(' ');
            }
            line.append(id);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Parses several specs. */
    static List<BreakSpec> parseAll(List<String> texts) {
        List<BreakSpec> l = new ArrayList<>();
        for (String t : texts) {
            l.add(parse(t));
        }
        return l;
    }
}
