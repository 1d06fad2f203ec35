package io.ringside.debug.ui;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.ui.ILaunchConfigurationDialog;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.ui.AbstractLaunchConfigurationTabGroup;
import org.eclipse.debug.ui.CommonTab;
import org.eclipse.debug.ui.ILaunchConfigurationTab;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.launching.EmulatorLaunchDelegate;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;

/** The Workload tab of "Ringside Emulator": device, ring layout, features, queue depth, shadow doorbells, fault. */
public final class EmulatorTab extends TabSupport {

    private Text workload, requests, queueSize, queueDepth, batch, ioQueues, seed, output;
    private Combo device, layout, needEvent, fault;
    private Button eventIdx, inOrder, indirect, shadow, ioeventfd, stopAtStart;

    @Override
    public void createControl(Composite parent) {
        Composite c = grid(parent);
        workload = text(c, "Workload file (optional):", "emu.workload", true);
        device = combo(c, "Device:", "emu.device", Emulators.devices().toArray(new String[0]));
        requests = text(c, "Requests:", "emu.requests", false);
        queueDepth = text(c, "Queue depth:", "emu.queueDepth", false);
        batch = text(c, "Batch (requests per notification decision):", "emu.batch", false);
        queueSize = text(c, "Queue size:", "emu.queueSize", false);
        layout = combo(c, "Virtio ring layout:", "emu.layout", "split", "packed");
        eventIdx = check(c, "VIRTIO_RING_F_EVENT_IDX", "emu.eventIdx");
        inOrder = check(c, "VIRTIO_F_IN_ORDER", "emu.inOrder");
        indirect = check(c, "VIRTIO_RING_F_INDIRECT_DESC", "emu.indirect");
        ioQueues = text(c, "NVMe I/O queues:", "emu.ioQueues", false);
        shadow = check(c, "NVMe shadow doorbells (Doorbell Buffer Config)", "emu.shadow");
        ioeventfd = check(c, "NVMe doorbell writes absorbed by ioeventfd", "emu.ioeventfd");
        needEvent = combo(c, "Need-event formula:", "emu.needEvent", "linux", "spdk");
        seed = text(c, "Seed:", "emu.seed", false);
        List<String> faults = new ArrayList<>();
        faults.add("");
        for (Fault f : Emulators.faults()) {
            faults.add(f.name());
        }
        fault = combo(c, "Plant a fault:", "emu.fault", faults.toArray(new String[0]));
        output = text(c, "Write the trace to:", "emu.output", true);
        output.setMessage("empty: Run writes \"" + EmulatorLaunchDelegate.TRACES_PROJECT
                + "/<configuration>.rstrace\" in the workspace, Debug a temporary file");
        stopAtStart = check(c, "Suspend before the first event (otherwise run to the first breakpoint)", "emu.stopAtStart");
    }

    @Override
    public void setDefaults(ILaunchConfigurationWorkingCopy wc) {
        Workload w = Workload.defaults("virtio-blk");
        wc.setAttribute(RingsideDebug.ATTR_DEVICE, w.device());
        wc.setAttribute(RingsideDebug.ATTR_REQUESTS, 1000);
        wc.setAttribute(RingsideDebug.ATTR_QUEUE_DEPTH, w.queueDepth());
        wc.setAttribute(RingsideDebug.ATTR_BATCH, w.batch());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, true);
    }

    @Override
    public void initializeFrom(ILaunchConfiguration c) {
        Workload d = Workload.defaults("virtio-blk");
        workload.setText(get(c, RingsideDebug.ATTR_WORKLOAD, ""));
        select(device, get(c, RingsideDebug.ATTR_DEVICE, d.device()));
        requests.setText(String.valueOf(get(c, RingsideDebug.ATTR_REQUESTS, 1000)));
        queueDepth.setText(String.valueOf(get(c, RingsideDebug.ATTR_QUEUE_DEPTH, d.queueDepth())));
        batch.setText(String.valueOf(get(c, RingsideDebug.ATTR_BATCH, d.batch())));
        queueSize.setText(String.valueOf(get(c, RingsideDebug.ATTR_QUEUE_SIZE, d.virtio().queueSize())));
        select(layout, get(c, RingsideDebug.ATTR_LAYOUT, d.virtio().layout()));
        eventIdx.setSelection(get(c, RingsideDebug.ATTR_EVENT_IDX, d.virtio().eventIdx()));
        inOrder.setSelection(get(c, RingsideDebug.ATTR_IN_ORDER, d.virtio().inOrder()));
        indirect.setSelection(get(c, RingsideDebug.ATTR_INDIRECT, d.virtio().indirect()));
        ioQueues.setText(String.valueOf(get(c, RingsideDebug.ATTR_IO_QUEUES, d.nvme().ioQueues())));
        shadow.setSelection(get(c, RingsideDebug.ATTR_SHADOW_DOORBELL, d.nvme().shadowDoorbell()));
        ioeventfd.setSelection(get(c, RingsideDebug.ATTR_IOEVENTFD, d.nvme().ioeventfd()));
        select(needEvent, get(c, RingsideDebug.ATTR_NEED_EVENT, "linux"));
        seed.setText(String.valueOf(get(c, RingsideDebug.ATTR_SEED, (int) d.seed())));
        select(fault, get(c, RingsideDebug.ATTR_FAULT, ""));
        output.setText(get(c, RingsideDebug.ATTR_OUTPUT, ""));
        stopAtStart.setSelection(get(c, RingsideDebug.ATTR_STOP_AT_START, true));
        setDirty(false);
    }

    @Override
    public void performApply(ILaunchConfigurationWorkingCopy wc) {
        wc.setAttribute(RingsideDebug.ATTR_WORKLOAD, workload.getText().trim());
        wc.setAttribute(RingsideDebug.ATTR_DEVICE, device.getText());
        putInt(wc, RingsideDebug.ATTR_REQUESTS, requests);
        putInt(wc, RingsideDebug.ATTR_QUEUE_DEPTH, queueDepth);
        putInt(wc, RingsideDebug.ATTR_BATCH, batch);
        putInt(wc, RingsideDebug.ATTR_QUEUE_SIZE, queueSize);
        wc.setAttribute(RingsideDebug.ATTR_LAYOUT, layout.getText());
        wc.setAttribute(RingsideDebug.ATTR_EVENT_IDX, eventIdx.getSelection());
        wc.setAttribute(RingsideDebug.ATTR_IN_ORDER, inOrder.getSelection());
        wc.setAttribute(RingsideDebug.ATTR_INDIRECT, indirect.getSelection());
        putInt(wc, RingsideDebug.ATTR_IO_QUEUES, ioQueues);
        wc.setAttribute(RingsideDebug.ATTR_SHADOW_DOORBELL, shadow.getSelection());
        wc.setAttribute(RingsideDebug.ATTR_IOEVENTFD, ioeventfd.getSelection());
        wc.setAttribute(RingsideDebug.ATTR_NEED_EVENT, needEvent.getText());
        putInt(wc, RingsideDebug.ATTR_SEED, seed);
        wc.setAttribute(RingsideDebug.ATTR_FAULT, fault.getText());
        wc.setAttribute(RingsideDebug.ATTR_OUTPUT, output.getText().trim());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, stopAtStart.getSelection());
    }

    @Override
    public boolean isValid(ILaunchConfiguration c) {
        setErrorMessage(null);
        for (Text t : new Text[] { requests, queueDepth, batch, queueSize, ioQueues }) {
            if (t != null && !isInt(t, 1)) {
                setErrorMessage(t.getData(ID_KEY) + ": a positive number");
                return false;
            }
        }
        return true;
    }

    @Override
    public String getName() {
        return "Workload";
    }

    public static final class Group extends AbstractLaunchConfigurationTabGroup {
        @Override
        public void createTabs(ILaunchConfigurationDialog dialog, String mode) {
            setTabs(new ILaunchConfigurationTab[] { new EmulatorTab(), new CommonTab() });
        }
    }
}
