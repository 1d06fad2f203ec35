package io.ringside.ui.internal.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceVisitor;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.ringside.emulator.Comparison;
import io.ringside.emulator.DeviceEmulator;
import io.ringside.emulator.Emulators;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.WorkloadReader;
import io.ringside.emulator.nvme.NvmeOptions;
import io.ringside.ui.RingsideUI;

/**
 * Asks what to compare: a workload (a device's defaults, a workload file of the workspace or of the file
 * system), the settings to vary ({@code KEY=V1,V2,...}, one per line: their cross product runs), the
 * requests and seed of every run, and a fault to plant. OK is refused with the error in the title area
 * until a {@link Comparison} can be made of it.
 */
public final class CompareDialog extends TitleAreaDialog {

    /** What the dialog was filled with (to open it again with the same inputs). */
    public record Inputs(String workload, String vary, String requests, String seed, String fault) {
    }

    static final String NVME_DEFAULT = "shadow-doorbell=off,on\nqueue-depth=1,2,4,8";
    static final String VIRTIO_DEFAULT = "layout=split,packed\nevent-idx=off,on";

    private Inputs inputs;
    private Combo workload;
    private Text vary;
    private Text requests;
    private Text seed;
    private Combo fault;
    private Label keys;
    private String device;
    private Comparison result;

    public CompareDialog(Shell parent, Inputs inputs) {
        super(parent);
        this.inputs = inputs;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The comparison to run, after OK. */
    public Comparison comparison() {
        return result;
    }

    /** The inputs OK was pressed with. */
    public Inputs inputs() {
        return inputs;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Compare Configurations");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Compare configurations of the reference emulator");
        setMessage("Runs the workload once per combination of the settings below, checks every run, and shows "
                + "notifications, interrupts and MMIO exits per request side by side.");
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(3, false));

        new Label(c, SWT.NONE).setText("Workload:");
        workload = new Combo(c, SWT.DROP_DOWN);
        workload.setData(RingsideUI.TEST_ID, "compare.workload");
        workload.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        workload.setItems(choices().toArray(new String[0]));
        workload.setToolTipText("A device (its default workload), a workload file of the workspace (/project/...json) "
                + "or a file system path");
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> {
            FileDialog d = new FileDialog(getShell(), SWT.OPEN);
            d.setFilterExtensions(new String[] { "*.json", "*" });
            String f = d.open();
            if (f != null) {
                workload.setText(f);
            }
        });

        Label l = new Label(c, SWT.NONE);
        l.setText("Vary (one per line):");
        l.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        vary = new Text(c, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
        vary.setData(RingsideUI.TEST_ID, "compare.vary");
        GridData vd = new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1);
        vd.heightHint = 90;
        vd.widthHint = 460;
        vary.setLayoutData(vd);
        new Label(c, SWT.NONE);
        keys = new Label(c, SWT.WRAP);
        GridData kd = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        kd.widthHint = 460;
        keys.setLayoutData(kd);

        requests = field(c, "Requests per run:", "compare.requests", "the workload's");
        seed = field(c, "Seed:", "compare.seed", "the workload's");
        new Label(c, SWT.NONE).setText("Plant a fault:");
        fault = new Combo(c, SWT.READ_ONLY);
        fault.setData(RingsideUI.TEST_ID, "compare.fault");
        fault.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

        workload.setText(inputs.workload());
        vary.setText(inputs.vary());
        requests.setText(inputs.requests());
        seed.setText(inputs.seed());
        deviceChanged(inputs.fault());
        workload.addListener(SWT.Modify, e -> deviceChanged(""));
        return area;
    }

    private static Text field(Composite c, String label, String id, String hint) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setData(RingsideUI.TEST_ID, id);
        t.setMessage(hint);
        t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return t;
    }

    /** Not wider than the fields need: the title area's message wraps. */
    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point p = super.getInitialSize();
        return new org.eclipse.swt.graphics.Point(Math.min(p.x, 720), p.y + 20);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Compare", true).setData(RingsideUI.TEST_ID, "compare.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    /** Devices, then the workload files of the workspace (under a folder named workloads). */
    private static List<String> choices() {
        List<String> l = new ArrayList<>(Emulators.devices());
        IResourceVisitor visitor = r -> {
            if (r instanceof IFile f && "json".equals(f.getFileExtension()) && f.getParent().getName().equals("workloads")) {
                l.add(f.getFullPath().toString());
            }
            return true;
        };
        try {
            ResourcesPlugin.getWorkspace().getRoot().accept(visitor);
        } catch (CoreException e) {
            // the devices are still there to choose
        }
        return l;
    }

    /** The device of the workload field changed (or may have): faults, keys and a default vary follow it. */
    private void deviceChanged(String keepFault) {
        String d;
        try {
            d = load(workload.getText()).device();
            setErrorMessage(null);
        } catch (IOException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        if (d.equals(device)) {
            return;
        }
        String old = vary.getText().strip();
        if (old.isEmpty() || old.equals(NVME_DEFAULT) || old.equals(VIRTIO_DEFAULT)) {
            vary.setText(d.equals("nvme") ? NVME_DEFAULT : VIRTIO_DEFAULT);
        }
        device = d;
        keys.setText("Keys for " + d + ": " + (d.equals("nvme") ? NvmeOptions.KEYS : Comparison.VIRTIO_KEYS)
                + ". Values: on/off, numbers, names.");
        List<String> names = new ArrayList<>();
        names.add("");
        DeviceEmulator em = Emulators.forDevice(d);
        if (em != null) {
            for (Fault f : em.faults()) {
                names.add(f.name());
            }
        }
        fault.setItems(names.toArray(new String[0]));
        fault.select(Math.max(0, names.indexOf(keepFault)));
        keys.getParent().layout(true);
    }

    /** A device's default workload, a workspace file (/project/path) or a file system path. */
    static Workload load(String text) throws IOException {
        String t = text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("Choose a workload: a device (" + String.join(", ", Emulators.devices())
                    + ") or a workload file");
        }
        if (Emulators.forDevice(t) != null) {
            return Workload.defaults(t);
        }
        IResource r = t.startsWith("/") ? ResourcesPlugin.getWorkspace().getRoot().findMember(IPath.fromOSString(t)) : null;
        Path p = r != null && r.getLocation() != null ? r.getLocation().toPath() : Path.of(t);
        if (!p.toFile().isFile()) {
            throw new IllegalArgumentException(t + ": no such workload file (or a device: "
                    + String.join(", ", Emulators.devices()) + ")");
        }
        return WorkloadReader.read(p);
    }

    @Override
    protected void okPressed() {
        Inputs in = new Inputs(workload.getText().strip(), vary.getText(), requests.getText().strip(),
                seed.getText().strip(), fault.getSelectionIndex() < 0 ? "" : fault.getItem(fault.getSelectionIndex()));
        try {
            Workload w = load(in.workload());
            if (!in.requests().isEmpty()) {
                w = w.withRequests(number("Requests", in.requests(), 1));
            }
            if (!in.seed().isEmpty()) {
                w = w.withSeed(number("Seed", in.seed(), 0));
            }
            List<String> settings = new ArrayList<>();
            for (String line : in.vary().split("\\R")) {
                if (!line.isBlank()) {
                    settings.add(line.strip());
                }
            }
            result = Comparison.of(w, settings, in.fault());
        } catch (IOException | IllegalArgumentException e) {
            setErrorMessage(e.getMessage().replace("--vary takes", "Each line takes"));
            return;
        }
        inputs = in;
        super.okPressed();
    }

    private static long number(String what, String v, long min) {
        try {
            long n = Long.parseLong(v);
            if (n < min) {
                throw new IllegalArgumentException(what + " must be at least " + min + ", not " + v);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, not '" + v + "'");
        }
    }
}
