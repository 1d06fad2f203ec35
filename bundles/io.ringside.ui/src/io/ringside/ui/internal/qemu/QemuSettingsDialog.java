package io.ringside.ui.internal.qemu;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.ringside.core.engine.Extensions;
import io.ringside.core.trace.DeviceInfo;
import io.ringside.core.trace.EventSource;
import io.ringside.core.trace.TraceHeader;
import io.ringside.ui.RingsideUI;

/**
 * The feature bits and type of each virtio device of an open QEMU log (what {@code --virtio-features} and
 * {@code --virtio-device} give on the command line): no log line carries them. Shows what the log cannot
 * tell without them (the import's warnings); OK reads the log with the new settings first and keeps the
 * dialog open with the error in the title area when they do not fit it.
 */
public final class QemuSettingsDialog extends TitleAreaDialog {

    /** Types offered (any virtio-* may be typed). */
    static final String[] TYPES = {"", "virtio-net", "virtio-blk", "virtio-scsi", "virtio-console", "virtio-rng",
            "virtio-gpu", "virtio-fs", "virtio-vsock", "virtio-balloon"};

    private final Path log;
    private final List<DeviceInfo> devices = new ArrayList<>();
    private final QemuSettings.Values current;
    private final List<String> notes;
    private final Map<Integer, Text> features = new LinkedHashMap<>();
    private final Map<Integer, Combo> types = new LinkedHashMap<>();
    private QemuSettings.Values result;

    /**
     * @param header the log's header as it is open now (its virtio devices get a row each)
     * @param notes what the log could not tell, as the open log's warnings say it
     */
    public QemuSettingsDialog(Shell parent, Path log, TraceHeader header, QemuSettings.Values current, List<String> notes) {
        super(parent);
        this.log = log;
        this.current = current;
        this.notes = notes;
        for (DeviceInfo d : header.devices()) {
            if (d.type().startsWith("virtio")) {
                devices.add(d);
            }
        }
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** The settings OK was pressed with (they fit the log). */
    public QemuSettings.Values result() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("QEMU Device Settings");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Features and types of the virtio devices of " + log.getFileName());
        List<String> shown = new ArrayList<>();
        for (String n : notes) {
            shown.add(n.startsWith(log.toString() + ": ") ? n.substring(log.toString().length() + 2) : n);
        }
        setMessage(shown.isEmpty() ? "No log line carries the feature bits a guest negotiated: give them to rebuild what"
                + " depends on them (split or packed, VIRTIO_F_IN_ORDER)." : String.join("\n", shown));
        Composite c = new Composite(area, SWT.NONE);
        c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        c.setLayout(new GridLayout(3, false));
        new Label(c, SWT.NONE).setText("Device");
        new Label(c, SWT.NONE).setText("Features (hex word, or the guest's sysfs bits)");
        new Label(c, SWT.NONE).setText("Type");
        for (DeviceInfo d : devices) {
            new Label(c, SWT.NONE).setText(d.id() + ": " + d.name());
            Text t = new Text(c, SWT.BORDER);
            t.setData(RingsideUI.TEST_ID, "qemu.features." + d.id());
            t.setMessage("not given");
            t.setToolTipText("The 64-bit feature word in hex (0x130000000), or the bit string of "
                    + "/sys/bus/virtio/devices/virtioN/features in the guest (character i is bit i)");
            GridData g = new GridData(SWT.FILL, SWT.CENTER, true, false);
            g.widthHint = 320;
            t.setLayoutData(g);
            t.setText(given(current.features(), d.id()));
            features.put(d.id(), t);
            Combo type = new Combo(c, SWT.DROP_DOWN);
            type.setData(RingsideUI.TEST_ID, "qemu.type." + d.id());
            type.setItems(TYPES);
            type.setText(given(current.devices(), d.id()));
            type.setToolTipText("The device type where no log line shows it (empty: as the log shows it, " + d.type() + ")");
            types.put(d.id(), type);
        }
        if (devices.isEmpty()) {
            Label none = new Label(c, SWT.WRAP);
            none.setText("The log has no virtio device.");
            none.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
        }
        return area;
    }

    /** The value given for a device index among {@code N=VALUE} settings, or empty. */
    private static String given(List<String> values, int id) {
        for (String v : values) {
            int eq = v.indexOf('=');
            if (eq > 0 && v.substring(0, eq).strip().equals(Integer.toString(id))) {
                return v.substring(eq + 1).strip();
            }
        }
        return "";
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point p = super.getInitialSize();
        return new org.eclipse.swt.graphics.Point(Math.min(Math.max(p.x, 640), 900), p.y + 20);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Apply and Replay", true).setData(RingsideUI.TEST_ID, "qemu.ok");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        List<String> f = new ArrayList<>();
        List<String> t = new ArrayList<>();
        for (Map.Entry<Integer, Text> e : features.entrySet()) {
            String v = e.getValue().getText().strip();
            if (!v.isEmpty()) {
                f.add(e.getKey() + "=" + v);
            }
        }
        for (Map.Entry<Integer, Combo> e : types.entrySet()) {
            String v = e.getValue().getText().strip();
            if (!v.isEmpty()) {
                t.add(e.getKey() + "=" + v);
            }
        }
        QemuSettings.Values v = new QemuSettings.Values(f, t);
        String[] problem = new String[1];
        BusyIndicator.showWhile(getShell().getDisplay(), () -> problem[0] = check(v));
        if (problem[0] != null) {
            setErrorMessage(problem[0]);
            return;
        }
        result = v;
        super.okPressed();
    }

    /** Why the settings do not fit the log (reading its devices with them), or null. */
    private String check(QemuSettings.Values v) {
        try (EventSource src = Extensions.format("qemu-log").open(log, Extensions.models(), v.options())) {
            return null;
        } catch (IllegalArgumentException e) { // a value that does not parse
            return e.getMessage();
        } catch (IOException e) {
            String m = e.getMessage(); // file:line: message, or file: message
            if (!m.startsWith(log + ":")) {
                return m;
            }
            String rest = m.substring(log.toString().length() + 1);
            java.util.regex.Matcher line = java.util.regex.Pattern.compile("^(\\d+): ").matcher(rest);
            return line.find() ? "line " + line.group(1) + ": " + rest.substring(line.end()) : rest.strip();
        }
    }
}
