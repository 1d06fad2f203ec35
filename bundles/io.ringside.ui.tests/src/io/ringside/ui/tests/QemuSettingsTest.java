package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Button;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.trace.DeviceInfo;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.qemu.QemuSettings;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The QEMU 11.1 logs in the workbench: they open as they are, and Ringside &gt; QEMU Device Settings...
 * gives a log's virtio devices the features and types no log line carries (checked against the log in the
 * dialog), remembers them for the file and replays the log with them.
 */
@ExtendWith(WorkbenchTest.class)
class QemuSettingsTest {

    private static final String K = "k_virtio-blk_split_inorder";

    @AfterEach
    void close() {
        Traces.closeEditors();
        UI.closeStrayShells();
    }

    private static Path sample(String name) {
        return Traces.repo().resolve("samples/traces/qemu").resolve(name);
    }

    /** The guest's features as its console recorded them (sysfs bits), found here with a regular expression. */
    private static String consoleFeatures(String prefix) throws Exception {
        Matcher m = Pattern.compile("features=([01]+)").matcher(Files.readString(sample(prefix + ".console.txt")));
        assertTrue(m.find());
        return m.group(1);
    }

    private static void runSettingsCommand() {
        UI.async(() -> {
            try {
                UI.page().getWorkbenchWindow().getService(IHandlerService.class)
                        .executeCommand("io.ringside.ui.commands.qemuSettings", null);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** The trace editor open on a file after the log was replayed (a new editor), indexed. */
    private static TraceEditor reopened(IFile f, TraceEditor before) {
        UI.waitUntil(Condition.of("the log's editor opened again", () -> UI.sync(() -> {
            IEditorPart p = UI.page().getActiveEditor();
            return p instanceof TraceEditor ed && ed != before && f.equals(ed.getEditorInput().getAdapter(IFile.class));
        })), Duration.ofSeconds(60));
        TraceEditor ed = UI.sync(() -> (TraceEditor) UI.page().getActiveEditor());
        UI.waitUntil(Condition.of("indexed", ed::isReady), Duration.ofSeconds(60));
        UI.waitForJobs(RingsideUI.INDEX_JOB_FAMILY, Duration.ofSeconds(60));
        return ed;
    }

    @Test
    void theQemu11LogsOpenAsTheyAre() throws Exception {
        String[][] logs = {{K, "virtio-blk"}, {"n_nvme_qemu11_smp2", "nvme"}, {"q_virtio-net_packed", "virtio"}};
        for (String[] l : logs) {
            TraceEditor ed = Traces.open(Traces.workspaceFile(sample(l[0] + ".trace.log.xz")));
            assertEquals("operation", UI.sync(() -> ed.model().getLevel()));
            assertEquals(l[1], UI.sync(() -> ed.session().header().devices().get(0).type()), l[0]);
            assertTrue(UI.sync(() -> ed.session().eventCount()) > 9000, l[0] + ": a real log has many events");
            UI.run(() -> ed.goTo("5000"));
            assertEquals(5000, UI.sync(ed::position));
            UI.screenshot("editor-" + l[0]);
        }
    }

    @Test
    void deviceSettingsAreCheckedRememberedAndReplayed() throws Exception {
        IFile f = Traces.workspaceFile(sample(K + ".trace.log.xz"));
        UI.run(() -> {
            try {
                QemuSettings.store(f, QemuSettings.Values.NONE);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        TraceEditor first = Traces.open(f);
        DeviceInfo before = UI.sync(() -> first.session().header().devices().get(0));
        assertEquals("unknown", before.queues().get(0).layout(), "without features: packed, or split with IN_ORDER");

        runSettingsCommand();
        UI.waitForWidget("the settings dialog", UI.withId("qemu.features.0"));
        UI.waitForWidget("the dialog says what the log cannot tell", UI.withTextContaining("the log cannot tell which"));
        // IN_ORDER and packed together are declared fine; a value that is no feature word is refused in place
        UI.type(UI.find(UI.withId("qemu.features.0")), "not-hex");
        UI.click((Button) UI.find(UI.withId("qemu.ok")));
        UI.waitForWidget("the dialog names the bad value", UI.withTextContaining("expected [DEVICE=]HEX"));
        // a type the log contradicts: refused with the log's line
        UI.type(UI.find(UI.withId("qemu.features.0")), consoleFeatures(K));
        UI.type(UI.find(UI.withId("qemu.type.0")), "virtio-net");
        UI.click((Button) UI.find(UI.withId("qemu.ok")));
        UI.waitForWidget("the dialog names the contradiction", UI.withTextContaining("the log shows virtio-blk events"));
        UI.type(UI.find(UI.withId("qemu.type.0")), "");
        UI.screenshot("qemu-settings-dialog");
        UI.click((Button) UI.find(UI.withId("qemu.ok")));

        TraceEditor second = reopened(f, first);
        DeviceInfo after = UI.sync(() -> second.session().header().devices().get(0));
        assertEquals(0x10930006e54L, after.features(), "the guest's feature word (from its sysfs bits)");
        assertEquals("split", after.queues().get(0).layout(), "split with IN_ORDER, as the guest negotiated");
        assertEquals("features 0=" + consoleFeatures(K) + "\n", UI.sync(() -> f.getPersistentProperty(
                new org.eclipse.core.runtime.QualifiedName(RingsideUI.PLUGIN_ID, "qemuDeviceSettings"))));

        // remembered: opened again later, the log is replayed with them
        Traces.closeEditors();
        TraceEditor third = Traces.open(f);
        assertNotSame(second, third);
        assertEquals(0x10930006e54L, (long) UI.sync(() -> third.session().header().devices().get(0).features()));

        // and forgotten when cleared
        runSettingsCommand();
        UI.waitForWidget("the settings dialog", UI.withId("qemu.features.0"));
        UI.type(UI.find(UI.withId("qemu.features.0")), "");
        UI.click((Button) UI.find(UI.withId("qemu.ok")));
        TraceEditor fourth = reopened(f, third);
        assertEquals("unknown", UI.sync(() -> fourth.session().header().devices().get(0).queues().get(0).layout()));
    }

    @Test
    void aVirtioNetDevicesQueuesGetTheirRoles() throws Exception {
        IFile f = Traces.workspaceFile(sample("q_virtio-net_packed.trace.log.xz"));
        TraceEditor first = Traces.open(f);
        runSettingsCommand();
        UI.waitForWidget("the settings dialog", UI.withId("qemu.type.0"));
        UI.type(UI.find(UI.withId("qemu.type.0")), "virtio-net");
        UI.type(UI.find(UI.withId("qemu.features.0")), consoleFeatures("q_virtio-net_packed"));
        UI.click((Button) UI.find(UI.withId("qemu.ok")));
        TraceEditor ed = reopened(f, first);
        DeviceInfo d = UI.sync(() -> ed.session().header().devices().get(0));
        assertEquals("virtio-net", d.type());
        assertEquals("0=rx0,1=tx0,2=ctrl", d.string("queueRoles", null));
        assertEquals("packed", d.queues().get(0).layout());
        UI.screenshot("editor-qemu-virtio-net");
    }
}
