package io.ringside.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.model.RingsideDebugTarget;
import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.internal.timeline.TimelineView;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The debugger stepping through a real QEMU log (an NVMe guest, QEMU 7.2) moves the trace editor's cursor
 * and with it the Timeline view's time cursor: after each step the time cursor is the time of the event the
 * debugger stopped at, read here from the session's events.
 */
@ExtendWith({ WorkbenchTest.class, NoLoggedErrors.class })
class DebugTimelineTest {

    @BeforeEach
    void setUp() throws Exception {
        var store = DebugUITools.getPreferenceStore();
        store.setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        store.setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        UI.openPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
        UI.maximize();
        DebugUiTest.clean();
    }

    @AfterEach
    void tearDown() throws Exception {
        DebugUiTest.clean();
        Traces.closeEditors();
    }

    @Test
    void steppingTheDebuggerMovesTheTimelinesTimeCursor() throws Exception {
        IFile log = Traces.workspaceFile(Traces.repo().resolve(Path.of("samples/traces/qemu/d_nvme_smp1.trace.log.xz")));
        var m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = m.getLaunchConfigurationType(RingsideDebug.TRACE_LAUNCH_TYPE)
                .newInstance(null, "timeline");
        wc.setAttribute(RingsideDebug.ATTR_TRACE, log.getFullPath().toString());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, true);
        UI.run(() -> DebugUITools.launch(wc, "debug"));
        RingsideDebugTarget t = DebugUiTest.waitForTarget();

        // the debugger's first stop opens the log in the trace editor; the Timeline view follows that editor
        DebugUiTest.select(DebugUiTest.suspendedTopFrame(t));
        UI.waitUntil(Condition.of("the trace editor is open on the log", () -> editor(log) != null), DebugUiTest.LONG);
        TraceEditor ed = editor(log);
        UI.waitUntil(Condition.of("indexed", ed::isReady), DebugUiTest.LONG);
        TimelineView v = UI.sync(() -> (TimelineView) UI.page().showView(RingsideUI.TIMELINE_VIEW_ID));
        UI.run(() -> UI.page().activate(ed));
        UI.waitUntil(Condition.of("the timeline of the log is built",
                () -> UI.sync(() -> v.editor() == ed && v.graph().timeline() != null)), DebugUiTest.LONG);

        // step until the time has moved a few times: each stop puts the time cursor at its event's time
        long lastTime = Long.MIN_VALUE;
        int moves = 0;
        for (int i = 0; i < 200 && moves < 4; i++) {
            long before = t.position();
            IThread th = t.getThreads()[0];
            th.stepInto();
            UI.waitUntil(Condition.of("step " + i, () -> t.isSuspended() && t.position() != before), DebugUiTest.LONG);
            DebugUiTest.select(DebugUiTest.suspendedTopFrame(t));
            long at = t.position();
            UI.waitUntil(Condition.of("the trace editor at the debugger's event " + at,
                    () -> DebugUiTest.traceEditorPosition(log) == at), DebugUiTest.LONG);
            long time = UI.sync(() -> ed.session().event(at).time());
            UI.waitUntil(Condition.of("the time cursor at event " + at + "'s time " + time,
                    () -> UI.sync(() -> v.graph().cursor()) == time), DebugUiTest.LONG);
            if (time != lastTime && lastTime != Long.MIN_VALUE) {
                moves++;
            }
            lastTime = time;
        }
        assertEquals(4, moves, "the time cursor moved with the steps");
        assertTrue(UI.sync(() -> v.graph().rangeStart() <= v.graph().cursor() && v.graph().cursor() <= v.graph().rangeEnd()),
                "the time cursor in view");
        UI.screenshot("debug-timeline");
    }

    private static TraceEditor editor(IFile f) {
        return UI.sync(() -> {
            for (var ref : UI.page().getEditorReferences()) {
                if (ref.getEditor(false) instanceof TraceEditor ed
                        && ed.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput in && in.getFile().equals(f)) {
                    return ed;
                }
            }
            return null;
        });
    }
}
