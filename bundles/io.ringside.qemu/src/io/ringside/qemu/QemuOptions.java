package io.ringside.qemu;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.ringside.core.trace.OpenOptions;

/**
 * What a user tells the importer besides the log: {@code --lenient}, the feature bits each virtio device
 * negotiated ({@code --virtio-features [DEVICE=]HEX}: no log line carries them) and device types
 * ({@code --virtio-device DEVICE=TYPE}). DEVICE is a {@code vdev} pointer ({@code 0x...}) or a device
 * index of the imported trace; without it, features apply to every virtio device. Immutable.
 * <p>
 * The registry opens a QEMU log with {@link OpenOptions} ({@link QemuLogFormat#open}): these options travel
 * there as the format's settings {@value #FEATURES} and {@value #DEVICE} (each the user's texts, in order),
 * {@link #openOptions()} one way and {@link #of(OpenOptions)} the other.
 */
public final class QemuOptions {

    public static final QemuOptions DEFAULT = new QemuOptions(false, List.of(), List.of());

    /** VIRTIO 1.3 feature bits the importer uses (§6: reserved feature bits, §5: device types). */
    public static final int F_INDIRECT_DESC = 28;
    public static final int F_EVENT_IDX = 29;
    public static final int F_VERSION_1 = 32;
    public static final int F_RING_PACKED = 34;
    public static final int F_IN_ORDER = 35;

    /** A device of the log, as the user names it: a vdev pointer, an index, or every virtio device (null). */
    public record Device(Long pointer, Integer index) {

        /** Every virtio device of the log. */
        public static final Device ALL = new Device(null, null);

        public boolean all() {
            return pointer == null && index == null;
        }

        @Override
        public String toString() {
            return pointer != null ? "0x" + Long.toHexString(pointer) : index != null ? index.toString() : "*";
        }
    }

    /** {@code --virtio-features [DEVICE=]HEX}: the 64-bit feature word a device negotiated. */
    public record Features(Device device, long word, String text) {

        public boolean has(int bit) {
            return (word & (1L << bit)) != 0;
        }
    }

    /** {@code --virtio-device DEVICE=TYPE}. */
    public record DeviceType(Device device, String type, String text) {
    }

    /** The {@link OpenOptions} setting of the {@code --virtio-features} values. */
    public static final String FEATURES = "qemu.virtio-features";
    /** The {@link OpenOptions} setting of the {@code --virtio-device} values. */
    public static final String DEVICE = "qemu.virtio-device";

    private final boolean lenient;
    private final List<Features> features;
    private final List<DeviceType> types;

    private QemuOptions(boolean lenient, List<Features> features, List<DeviceType> types) {
        this.lenient = lenient;
        this.features = List.copyOf(features);
        this.types = List.copyOf(types);
    }

    public boolean lenient() {
        return lenient;
    }

    public List<Features> features() {
        return features;
    }

    public List<DeviceType> deviceTypes() {
        return types;
    }

    public QemuOptions withLenient(boolean value) {
        return new QemuOptions(value, features, types);
    }

    /** These options and a {@code --virtio-features} value ({@link #parseFeatures}). */
    public QemuOptions withFeatures(Features f) {
        List<Features> l = new ArrayList<>(features);
        l.add(f);
        return new QemuOptions(lenient, l, types);
    }

    /** These options and a {@code --virtio-device} value ({@link #parseDeviceType}). */
    public QemuOptions withDeviceType(DeviceType t) {
        List<DeviceType> l = new ArrayList<>(types);
        l.add(t);
        return new QemuOptions(lenient, features, l);
    }

    /** These options as a format's open options (the texts the user gave, parsed again by {@link #of}). */
    public OpenOptions openOptions() {
        OpenOptions o = OpenOptions.DEFAULT.withLenient(lenient);
        for (Features f : features) {
            o = o.with(FEATURES, f.text());
        }
        for (DeviceType t : types) {
            o = o.with(DEVICE, t.text());
        }
        return o;
    }

    /**
     * The QEMU options that open options carry ({@link #openOptions()}).
     *
     * @throws IllegalArgumentException when a value does not parse (as the command line's option would)
     */
    public static QemuOptions of(OpenOptions o) {
        QemuOptions q = DEFAULT.withLenient(o.lenient());
        for (String f : o.values(FEATURES)) {
            q = q.withFeatures(parseFeatures(f));
        }
        for (String t : o.values(DEVICE)) {
            q = q.withDeviceType(parseDeviceType(t));
        }
        return q;
    }

    /** Whether any feature word or device type is given (the events then depend on more than the log). */
    public boolean hasDeviceSettings() {
        return !features.isEmpty() || !types.isEmpty();
    }

    /**
     * What besides the log decides the imported events, as text: empty for none, else the settings in a
     * fixed form ({@code features=0:0x130000000;device=0:virtio-net}). A cached index is only reused for
     * the same text.
     */
    public String variant() {
        StringBuilder sb = new StringBuilder();
        for (Features f : features) {
            sb.append(sb.length() == 0 ? "" : ";").append("features=").append(f.device()).append(":0x")
                    .append(Long.toHexString(f.word()));
        }
        for (DeviceType t : types) {
            sb.append(sb.length() == 0 ? "" : ";").append("device=").append(t.device()).append(':').append(t.type());
        }
        return sb.toString();
    }

    /**
     * Parses {@code [DEVICE=]HEX}: HEX the 64-bit feature word in hex (at most 16 digits, {@code 0x}
     * optional), or the bit string Linux shows in {@code /sys/bus/virtio/devices/virtioN/features}
     * (character i is bit i; 64 or more characters of 0 and 1; bits from 64 on are left out).
     *
     * @throws IllegalArgumentException with a message for the option's error
     */
    public static Features parseFeatures(String text) {
        String t = text.trim();
        int eq = t.indexOf('=');
        Device d = eq < 0 ? Device.ALL : parseDevice(t.substring(0, eq));
        String v = eq < 0 ? t : t.substring(eq + 1);
        long word;
        if (v.length() >= 64 && only(v, "01")) {
            word = 0;
            for (int i = 0; i < 64; i++) {
                if (v.charAt(i) == '1') {
                    word |= 1L << i;
                }
            }
        } else {
            String h = v.startsWith("0x") || v.startsWith("0X") ? v.substring(2) : v;
            if (h.isEmpty() || h.length() > 16 || !only(h.toLowerCase(Locale.ROOT), "0123456789abcdef")) {
                throw new IllegalArgumentException("'" + text + "': expected [DEVICE=]HEX, HEX the 64-bit feature word"
                        + " (at most 16 hex digits, as 0x130000000) or the guest's sysfs bit string (64 or more 0s and 1s)");
            }
            word = Long.parseUnsignedLong(h, 16);
        }
        return new Features(d, word, text);
    }

    /**
     * Parses {@code DEVICE=TYPE}: TYPE a virtio device type ({@code virtio-net}, {@code virtio-blk}, ...).
     *
     * @throws IllegalArgumentException with a message for the option's error
     */
    public static DeviceType parseDeviceType(String text) {
        String t = text.trim();
        int eq = t.indexOf('=');
        if (eq < 0) {
            throw new IllegalArgumentException("'" + text + "': expected DEVICE=TYPE, as 0=virtio-net");
        }
        String type = t.substring(eq + 1).toLowerCase(Locale.ROOT);
        if (!type.matches("virtio-[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("'" + text + "': the type must be a virtio device type such as virtio-net,"
                    + " virtio-blk or virtio-scsi");
        }
        return new DeviceType(parseDevice(t.substring(0, eq)), type, text);
    }

    /** Whether every character of {@code s} is one of {@code chars}. */
    private static boolean only(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return true;
    }

    private static Device parseDevice(String s) {
        String d = s.trim().toLowerCase(Locale.ROOT);
        try {
            if (d.startsWith("0x") && d.length() > 2 && d.length() <= 18) {
                return new Device(Long.parseUnsignedLong(d.substring(2), 16), null);
            }
            if (!d.isEmpty() && d.length() <= 7 && only(d, "0123456789")) {
                return new Device(null, Integer.parseInt(d));
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("'" + s + "' is not a device: give a vdev pointer (0x55d140fe0600, as the log"
                + " shows it) or a device index (0, 1, ... as check and stats number them)");
    }
}
