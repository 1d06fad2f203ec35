package io.ringside.emulator;

import java.util.ArrayList;
import java.util.List;

import io.ringside.emulator.internal.nvme.NvmeDeviceEmulator;
import io.ringside.emulator.virtio.VirtioEmulator;

/** The emulators Ringside ships. To add one, add it to {@link #all()}. */
public final class Emulators {

    private Emulators() {
    }

    public static List<DeviceEmulator> all() {
        return List.of(
                new VirtioEmulator(),
                new NvmeDeviceEmulator());
    }

    /** The emulator of a workload device type, or null. */
    public static DeviceEmulator forDevice(String device) {
        for (DeviceEmulator e : all()) {
            if (e.device().equals(device)) {
                return e;
            }
        }
        return null;
    }

    /** Every fault of every emulator. */
    public static List<Fault> faults() {
        List<Fault> l = new ArrayList<>();
        for (DeviceEmulator e : all()) {
            l.addAll(e.faults());
        }
        return l;
    }

    /** The emulator that plants a fault, or null. */
    public static DeviceEmulator byFault(String name) {
        for (DeviceEmulator e : all()) {
            if (e.fault(name) != null) {
                return e;
            }
        }
        return null;
    }

    public static List<String> devices() {
        List<String> l = new ArrayList<>();
        for (DeviceEmulator e : all()) {
            l.add(e.device());
        }
        return l;
    }
}
