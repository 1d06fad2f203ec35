package io.ringside.model.bridge;

import static io.ringside.model.bridge.Fields.set;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;

import io.ringside.core.check.Violation;
import io.ringside.core.engine.DeviceEngine;
import io.ringside.core.engine.Replay;
import io.ringside.core.state.StateNode;
import io.ringside.core.state.StateNode.Detail;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.TraceEvent;
import io.ringside.core.trace.TraceHeader;
import io.ringside.model.nvme.Controller;
import io.ringside.model.trace.Cursor;
import io.ringside.model.trace.Device;
import io.ringside.model.trace.GenericDevice;
import io.ringside.model.trace.Trace;
import io.ringside.model.trace.TraceFactory;
import io.ringside.model.trace.TracePackage;
import io.ringside.model.virtio.VirtioDevice;

/**
 * Keeps an EMF {@link Trace} equal to the replay state at the cursor, read from each device's state tree
 * ({@link DeviceEngine#state}, full): memory-level virtio and NVMe devices as their typed objects
 * ({@link VirtioMapping}, {@link NvmeMapping}), any other device kind generically ({@link GenericMapping}).
 * The object tree is built once from the header (devices, queues, one object per descriptor / ring slot /
 * queue entry, which are bounded by the queue sizes); each {@link #update} then sets only the features
 * whose value changed, so EMF notifications tell the views exactly what moved. Events are never turned
 * into objects.
 * <p>
 * Not thread safe: call from the thread that owns the model (the UI thread in the workbench).
 */
public final class ModelBridge {

    /** Most violations mirrored into the model (all of them are still counted). */
    public static final int MAX_VIOLATIONS = 10_000;

    private final Trace trace;
    private final TraceHeader header;

    public ModelBridge(TraceHeader header, String name, String path, String format) {
        this.header = header;
        trace = TraceFactory.eINSTANCE.createTrace();
        trace.setName(name);
        trace.setPath(path);
        trace.setFormat(format);
        trace.setLevel(header.level().id());
        trace.setProducer(header.producer());
        Cursor c = TraceFactory.eINSTANCE.createCursor();
        c.setEvent(-1);
        c.setDeviceId(-1);
        c.setQueueIndex(-1);
        c.setText("before the first event");
        trace.setCursor(c);
    }

    public Trace trace() {
        return trace;
    }

    public TraceHeader header() {
        return header;
    }

    /** Sets the number of events (known once the trace is indexed). */
    public void setEventCount(long n) {
        set(trace, TracePackage.Literals.TRACE__EVENT_COUNT, n);
    }

    /** Mirrors the violations found by a full replay (the first {@link #MAX_VIOLATIONS}). */
    public void setViolations(List<Violation> violations, long total) {
        EList<io.ringside.model.trace.Violation> list = trace.getViolations();
        list.clear();
        List<io.ringside.model.trace.Violation> add = new ArrayList<>();
        for (Violation v : violations) {
            if (add.size() >= MAX_VIOLATIONS) {
                break;
            }
            io.ringside.model.trace.Violation m = TraceFactory.eINSTANCE.createViolation();
            m.setRuleId(v.ruleId());
            m.setSection(v.section());
            m.setSeverity(v.severity().name());
            m.setMessage(v.message());
            m.setEvent(v.event());
            m.setDeviceId(v.device());
            m.setQueueIndex(v.queue());
            m.setLabel("#" + v.event() + " " + v.ruleId() + " (" + v.section() + "): " + v.message());
            add.add(m);
        }
        list.addAll(add);
        set(trace, TracePackage.Literals.TRACE__VIOLATION_COUNT, total);
    }

    /**
     * Makes the model equal to {@code replay}'s state after {@code event} ({@code null} before the
     * first event).
     */
    public void update(Replay replay, TraceEvent event) {
        updateCursor(event);
        EList<Device> devices = trace.getDevices();
        List<DeviceInfo> infos = header.devices();
        for (int i = 0; i < infos.size(); i++) {
            DeviceInfo info = infos.get(i);
            DeviceEngine engine = replay.engine(info.id());
            StateNode tree = engine == null ? null : engine.state(Detail.FULL);
            String model = engine == null ? "" : replay.model(info.id()).name();
            Device d = i < devices.size() ? devices.get(i) : null;
            Device want = d;
            if (VirtioMapping.MODEL.equals(model)) {
                if (!(d instanceof VirtioDevice)) {
                    want = VirtioMapping.create(info, tree);
                }
                VirtioMapping.update((VirtioDevice) want, tree);
            } else if (NvmeMapping.MODEL.equals(model)) {
                if (!(d instanceof Controller)) {
                    want = NvmeMapping.create(info);
                }
                NvmeMapping.update((Controller) want, tree);
            } else {
                if (!(d instanceof GenericDevice)) {
                    want = TraceFactory.eINSTANCE.createGenericDevice();
                    initDevice(want, info);
                }
                if (tree != null) {
                    GenericMapping.update((GenericDevice) want, tree);
                }
            }
            if (d == null) {
                devices.add(want);
            } else if (want != d) {
                devices.set(i, want);
            }
        }
    }

    private void updateCursor(TraceEvent e) {
        Cursor c = trace.getCursor();
        if (e == null) {
            set(c, TracePackage.Literals.CURSOR__EVENT, -1L);
            set(c, TracePackage.Literals.CURSOR__TIME, 0L);
            set(c, TracePackage.Literals.CURSOR__KIND, null);
            set(c, TracePackage.Literals.CURSOR__DEVICE_ID, -1);
            set(c, TracePackage.Literals.CURSOR__QUEUE_INDEX, -1);
            set(c, TracePackage.Literals.CURSOR__TEXT, "before the first event");
            return;
        }
        set(c, TracePackage.Literals.CURSOR__EVENT, e.seq());
        set(c, TracePackage.Literals.CURSOR__TIME, e.time());
        set(c, TracePackage.Literals.CURSOR__KIND, e.type() == null ? "?" : e.type().id());
        set(c, TracePackage.Literals.CURSOR__DEVICE_ID, e.device());
        set(c, TracePackage.Literals.CURSOR__QUEUE_INDEX, e.queue());
        set(c, TracePackage.Literals.CURSOR__TEXT, e.toString());
    }

    static void initDevice(Device d, DeviceInfo info) {
        d.setId(info.id());
        d.setType(info.type());
        d.setName(info.name());
        d.setLabel("d" + info.id() + " " + info.type() + (info.name() == null || info.name().isEmpty() ? ""
                : " (" + info.name() + ")"));
    }

    /** Convenience for tests and tools: the object of a device id, or null. */
    public Device device(int id) {
        for (Device d : trace.getDevices()) {
            if (d.getId() == id) {
                return d;
            }
        }
        return null;
    }
}
