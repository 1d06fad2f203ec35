package io.ringside.debug.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.debug.core.ILaunch;
import org.eclipse.debug.core.ILaunchConfiguration;
import org.eclipse.debug.core.ILaunchConfigurationType;
import org.eclipse.debug.core.ILaunchConfigurationWorkingCopy;
import org.eclipse.debug.core.model.IBreakpoint;
import org.eclipse.debug.core.model.IStackFrame;
import org.eclipse.debug.core.model.IThread;
import org.eclipse.debug.core.model.IVariable;
import org.eclipse.debug.ui.DebugUITools;
import org.eclipse.debug.ui.IDebugUIConstants;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceWriter;
import io.ringside.core.util.ProgressMonitor;
import io.ringside.debug.core.RingsideDebug;
import io.ringside.debug.core.breakpoints.RingsideBreakpoint;
import io.ringside.debug.core.model.RingsideDebugTarget;
import io.ringside.debug.core.model.RingsideStackFrame;
import io.ringside.debug.core.launching.EmulatorLaunchDelegate;
import io.ringside.debug.ui.EmulatorLaunchShortcut;
import io.ringside.debug.ui.TraceLaunchShortcut;
import io.ringside.emulator.Fault;
import io.ringside.emulator.Workload;
import io.ringside.emulator.virtio.VirtioEmulator;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/**
 * The debugger in the real workbench: a replay that suspends on a planted fault, the offending field in
 * Variables, a reverse step through the command and its key binding's handler; the emulator launched live
 * and suspended on a watchpoint. Screenshots of the Debug perspective go to the screenshot folder.
 */
@ExtendWith({ WorkbenchTest.class, NoLoggedErrors.class })
class DebugUiTest {

    static final Duration LONG = Duration.ofSeconds(60);

    @BeforeEach
    void setUp() throws Exception {
        var store = DebugUITools.getPreferenceStore();
        store.setValue("org.eclipse.debug.ui.switch_to_perspective", "never");
        store.setValue("org.eclipse.debug.ui.switch_perspective_on_suspend", "never");
        store.setValue("org.eclipse.debug.ui.activate_debug_view", true);
        UI.openPerspective(IDebugUIConstants.ID_DEBUG_PERSPECTIVE);
        UI.maximize();
        clean();
    }

    @AfterEach
    void tearDown() throws Exception {
        clean();
    }

    static void clean() throws Exception {
        // terminate, let the views take the terminate deltas, then remove: removing a launch while the
        // Debug view still materialises its items makes SWT/GTK ask for a child of an already
        // disassociated item (AssertionFailedException in TreeViewer.getTreePathFromItem)
        ILaunch[] launches = DebugPlugin.getDefault().getLaunchManager().getLaunches();
        for (ILaunch l : launches) {
            if (l.canTerminate()) {
                l.terminate();
            }
        }
        if (launches.length > 0) {
            UI.waitUntil(io.ringside.ui.tests.harness.Condition.of("the launches terminated", () -> {
                for (ILaunch l : launches) {
                    if (!l.isTerminated()) {
                        return false;
                    }
                }
                return true;
            }));
            UI.flushEvents();
            UI.sleep(300);
            UI.flushEvents();
        }
        for (ILaunch l : launches) {
            DebugPlugin.getDefault().getLaunchManager().removeLaunch(l);
        }
        var bm = DebugPlugin.getDefault().getBreakpointManager();
        bm.removeBreakpoints(bm.getBreakpoints(RingsideDebug.MODEL_ID), true);
    }

    /** A project holding a trace made by the emulator with a fault planted once. */
    static IFile faultTrace(String fault) throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("debug-tests");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        VirtioEmulator em = new VirtioEmulator();
        Workload w = Workload.defaults("virtio-blk").withRequests(150).withQueueDepth(8).withBatch(2)
                .withVirtio(Workload.Virtio.DEFAULT.withLayout("split").withQueueSize(64));
        Fault f = em.fault(fault);
        TraceHeader h = em.header(w, f, "test");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TraceWriter tw = new TraceWriter(out, h)) {
            em.run(w, f, tw::write, ProgressMonitor.NULL);
        }
        IFile file = p.getFile(fault + ".rstrace");
        if (file.exists()) {
            file.setContents(new ByteArrayInputStream(out.toByteArray()), true, false, null);
        } else {
            file.create(new ByteArrayInputStream(out.toByteArray()), true, null);
        }
        return file;
    }

    static RingsideDebugTarget waitForTarget() {
        List<RingsideDebugTarget> found = new ArrayList<>();
        UI.waitUntil(Condition.of("a Ringside debug target is suspended", () -> {
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (l.getDebugTarget() instanceof RingsideDebugTarget t && t.isSuspended()) {
                    found.add(t);
                    return true;
                }
            }
            return false;
        }), LONG);
        return found.get(0);
    }

    static IVariable variable(IVariable[] vars, String... path) throws Exception {
        IVariable cur = null;
        IVariable[] level = vars;
        for (String name : path) {
            cur = null;
            for (IVariable v : level) {
                if (v.getName().equals(name)) {
                    cur = v;
                    break;
                }
            }
            assertNotNull(cur, "variable " + name + " of " + String.join(".", path));
            level = cur.getValue().getVariables();
        }
        return cur;
    }

    static IThread suspendedThread(RingsideDebugTarget t) throws Exception {
        for (IThread th : t.getThreads()) {
            if (th.getBreakpoints().length > 0) {
                return th;
            }
        }
        return t.getThreads()[0];
    }

    /** Selects a debug element in the Debug view (the debug context the command handlers act on). */
    static void select(Object element) {
        UI.run(() -> {
            try {
                IViewPart v = UI.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
                var provider = v.getSite().getSelectionProvider();
                provider.setSelection(new StructuredSelection(element));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        UI.waitUntil(Condition.of("the debug context is " + element, () -> DebugUITools.getDebugContext() == element));
    }

    static void executeCommand(String id) {
        UI.run(() -> {
            try {
                PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(id, null);
            } catch (Exception e) {
                throw new IllegalStateException(id + ": " + e, e);
            }
        });
    }

    static List<String> variablesViewItems() {
        return UI.sync(() -> {
            IViewPart v = UI.page().showView(IDebugUIConstants.ID_VARIABLE_VIEW);
            List<String> names = new ArrayList<>();
            for (Widget w : UI.findAll((org.eclipse.swt.widgets.Composite) v.getSite().getShell(),
                    x -> x instanceof Tree)) {
                Tree tree = (Tree) w;
                if (isIn(tree, v)) {
                    for (TreeItem i : tree.getItems()) {
                        names.add(i.getText());
                    }
                }
            }
            return names;
        });
    }

    private static boolean isIn(org.eclipse.swt.widgets.Control c, IViewPart v) {
        Object part = v.getSite().getPart();
        for (org.eclipse.swt.widgets.Control p = c; p != null; p = p.getParent()) {
            if (p.getData("modelElement") != null && p.getData("modelElement").toString().contains("VariableView")) {
                return true;
            }
        }
        return part != null && c.isVisible();
    }

    @Test
    void replayHitsTheViolationShowsTheFieldAndStepsBack() throws Exception {
        IFile trace = faultTrace("vq-avail-backwards");
        RingsideBreakpoint.create(trace, "violation=S2a");
        IBreakpoint[] bps = DebugPlugin.getDefault().getBreakpointManager().getBreakpoints(RingsideDebug.MODEL_ID);
        assertEquals(1, bps.length, "the breakpoint is registered (Breakpoints view)");
        assertTrue(bps[0].getMarker().exists() && bps[0].getMarker().getResource().equals(trace));

        UI.run(() -> TraceLaunchShortcut.launch(trace, "debug"));
        RingsideDebugTarget t = waitForTarget();
        long hit = t.position();
        assertTrue(hit > 0);
        assertEquals("avail_idx", t.session().event().type().id());
        assertFalse(t.lastHits().isEmpty(), "stopped by the breakpoint");
        IThread thread = suspendedThread(t);
        assertEquals(1, thread.getBreakpoints().length, "the thread shows the breakpoint that hit");
        IStackFrame top = thread.getTopStackFrame();
        IVariable[] vars = top.getVariables();
        long written = Long.parseLong(variable(vars, "event", "value").getValue().getValueString());
        long published = Long.parseLong(variable(vars, "driver", "availIdx").getValue().getValueString());
        assertTrue(((published - written) & 0xffff) > 0, "the event wrote an older avail.idx: " + written + " < " + published);
        assertTrue(variable(vars, "violations", "S2a").getValue().getValueString().contains("backwards"));

        select(top);
        UI.waitUntil(Condition.of("the Variables view shows the queue state",
                () -> variablesViewItems().containsAll(List.of("event", "violations", "driver"))), LONG);
        // the frame's source is the trace: its editor opens at the event, as a source file at a line
        UI.waitUntil(Condition.of("the trace editor shows the event of the frame",
                () -> traceEditorPosition(trace) == hit), LONG);
        UI.screenshot("debug-replay-violation");

        // reverse step into, through the command and its handler
        executeCommand("io.ringside.debug.ui.reverseStepInto");
        UI.waitUntil(Condition.of("one event back", () -> t.isSuspended() && t.position() == hit - 1), LONG);
        IStackFrame before = suspendedTopFrame(t);
        select(before);
        UI.waitUntil(Condition.of("the trace editor follows one event back",
                () -> traceEditorPosition(trace) == hit - 1), LONG);
        IVariable avail = variable(before.getVariables(), "driver", "availIdx");
        assertEquals(published, Long.parseLong(avail.getValue().getValueString()),
                "before the bad write avail.idx held the published value");
        assertTrue(variable(before.getVariables(), "metrics", "violations").hasValueChanged(),
                "the violation counter changed between the two stops (highlighted)");
        // and forwards again hits nothing new: the same event is one step into away
        select(suspendedTopFrame(t));
        executeCommand("io.ringside.debug.ui.reverseResume");
        UI.waitUntil(Condition.of("reverse resume reaches the start", () -> t.isSuspended() && t.position() == -1), LONG);
        t.resume();
        UI.waitUntil(Condition.of("resume hits the violation again", () -> t.isSuspended() && t.position() == hit), LONG);
        UI.screenshot("debug-replay-reverse");

        // a request frame (a buffer the device works on) shows where the request began, as a caller's frame
        RingsideStackFrame request = null;
        for (int i = 0; i < 50 && request == null; i++) {
            long at = t.position();
            t.getThreads()[0].stepInto();
            UI.waitUntil(Condition.of("stepped", () -> t.isSuspended() && t.position() > at), LONG);
            for (IThread th : t.getThreads()) {
                IStackFrame[] frames = th.getStackFrames();
                if (frames.length > 1 && frames[1] instanceof RingsideStackFrame f && f.shownEvent() >= 0
                        && f.shownEvent() < t.position()) {
                    request = f;
                }
            }
        }
        assertNotNull(request, "a buffer is in flight within 50 events of the violation");
        long began = request.shownEvent();
        RingsideStackFrame frame = request;
        // by its whole path in the Debug view's tree: the frame below the top may not be materialised yet
        UI.waitUntil(Condition.of("the request frame is the debug context", () -> {
            UI.run(() -> {
                try {
                    IViewPart v = UI.page().showView(IDebugUIConstants.ID_DEBUG_VIEW);
                    v.getSite().getSelectionProvider().setSelection(new org.eclipse.jface.viewers.TreeSelection(
                            new org.eclipse.jface.viewers.TreePath(new Object[] { t.getLaunch(), t, frame.getThread(), frame })));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            UI.flushEvents();
            return frame.equals(DebugUITools.getDebugContext());
        }), LONG);
        UI.waitUntil(Condition.of("the trace editor shows the request's first event (" + began + ")",
                () -> traceEditorPosition(trace) == began), LONG);
    }

    /**
     * Run As &gt; Ringside Emulator on a workload file: the trace goes into the workspace ("Emulator traces"),
     * opens in the trace editor, and the fault planted in it becomes a Problems marker.
     */
    @Test
    void runModeWritesTheTraceIntoTheWorkspaceAndOpensIt() throws Exception {
        IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("debug-tests");
        if (!p.exists()) {
            p.create(null);
        }
        p.open(null);
        IFile wl = p.getFile("run-mode.json");
        String json = "{\"name\":\"run-mode\",\"device\":\"virtio-blk\",\"requests\":300,\"seed\":5,\"queueDepth\":8,"
                + "\"virtio\":{\"layout\":\"split\",\"queueSize\":64,\"eventIdx\":true}}\n";
        if (wl.exists()) {
            wl.delete(true, null);
        }
        wl.create(new ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
        ILaunchConfigurationWorkingCopy wc = EmulatorLaunchShortcut.configurationFor(wl).getWorkingCopy();
        wc.setAttribute(RingsideDebug.ATTR_FAULT, "vq-avail-backwards");
        ILaunchConfiguration config = wc.doSave();
        IFile out = ResourcesPlugin.getWorkspace().getRoot().getProject(EmulatorLaunchDelegate.TRACES_PROJECT)
                .getFile(config.getName() + ".rstrace");
        try {
            UI.run(() -> DebugUITools.launch(config, "run"));
            UI.waitUntil(Condition.of("the trace is written into the workspace and open in the trace editor",
                    () -> out.exists() && traceEditorPosition(out) >= -1), LONG);
            try (var in = out.getContents()) {
                String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(head.contains("\"virtio-blk\"") && head.contains("vq-avail-backwards"),
                        "the header names the workload's device and the planted fault: " + head);
            }
            UI.waitUntil(Condition.of("the planted fault is a Problems marker on the trace",
                    () -> out.findMarkers(io.ringside.ui.internal.editor.ViolationMarkers.MARKER_TYPE, false,
                            org.eclipse.core.resources.IResource.DEPTH_ZERO).length > 0), LONG);
            assertTrue(DebugPlugin.getDefault().getLaunchManager().getLaunches().length > 0);
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                assertEquals(null, l.getDebugTarget(), "run mode starts no debug session");
            }
        } finally {
            // the Debug view labels a launch from its configuration (a job): the run's launches go first, and
            // the view settles, before the configuration is deleted (else the label job finds it missing)
            for (ILaunch l : DebugPlugin.getDefault().getLaunchManager().getLaunches()) {
                if (config.equals(l.getLaunchConfiguration())) {
                    UI.waitUntil(Condition.of("the run ended", l::isTerminated));
                    DebugPlugin.getDefault().getLaunchManager().removeLaunch(l);
                }
            }
            UI.flushEvents();
            UI.sleep(300);
            UI.flushEvents();
            config.delete();
        }
    }

    /**
     * The getting-started page's emulator link runs the emulator on the sample workload (the command this
     * bundle contributes) and opens the trace it writes into Emulator traces.
     */
    @Test
    void theGettingStartedEmulatorLinkRunsTheSampleWorkload() throws Exception {
        UI.waitForJobs(io.ringside.ui.RingsideUI.SAMPLES_JOB_FAMILY, LONG);
        String name = io.ringside.ui.internal.start.GettingStartedPage.SAMPLE_WORKLOAD;
        name = name.substring(name.lastIndexOf('/') + 1, name.length() - ".json".length());
        IFile out = ResourcesPlugin.getWorkspace().getRoot().getProject(EmulatorLaunchDelegate.TRACES_PROJECT)
                .getFile(name + ".rstrace");
        UI.run(() -> {
            try {
                io.ringside.ui.internal.start.GettingStartedHandler.open(UI.page());
            } catch (org.eclipse.ui.PartInitException e) {
                throw new IllegalStateException(e);
            }
        });
        UI.click((org.eclipse.swt.widgets.Link) UI.waitForWidget("the emulator link", UI.withId("start.emulator")));
        UI.waitUntil(Condition.of("the sample workload's trace is written and open in the trace editor",
                () -> out.exists() && traceEditorPosition(out) >= -1), LONG);
        try (var in = out.getContents()) {
            String head = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(head.contains("\"virtio-blk\"") && head.contains("\"split\""), "a virtio-blk trace on a split ring: " + head);
        }
        for (ILaunchConfiguration c : DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurations()) {
            if (c.getName().equals(name)) {
                c.delete();
            }
        }
    }

    /** The cursor of the trace editor open on {@code trace}, or -2 when none is open. */
    static long traceEditorPosition(IFile trace) {
        return UI.sync(() -> {
            for (var ref : UI.page().getEditorReferences()) {
                if (ref.getEditor(false) instanceof TraceEditor ed
                        && ed.getEditorInput() instanceof org.eclipse.ui.IFileEditorInput in && in.getFile().equals(trace)) {
                    return ed.position();
                }
            }
            return -2L;
        });
    }

    static IStackFrame suspendedTopFrame(RingsideDebugTarget t) throws Exception {
        for (IThread th : t.getThreads()) {
            IStackFrame f = th.getTopStackFrame();
            if (f != null && f.getName().startsWith("#" + t.position() + " ")) {
                return f;
            }
        }
        return t.getThreads()[0].getTopStackFrame();
    }

    /** Many quick moves both ways with the Debug and Variables views open: their lazy trees log no error. */
    @Test
    void quickStepsBothWaysLeaveTheViewsWithoutErrors() throws Exception {
        IFile trace = faultTrace("vq-avail-backwards");
        var m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationWorkingCopy wc = m.getLaunchConfigurationType(RingsideDebug.TRACE_LAUNCH_TYPE)
                .newInstance(null, "steps");
        wc.setAttribute(RingsideDebug.ATTR_TRACE, trace.getFullPath().toString());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, true);
        UI.run(() -> DebugUITools.launch(wc, "debug"));
        RingsideDebugTarget t = waitForTarget();
        UI.run(() -> {
            try {
                UI.page().showView(IDebugUIConstants.ID_VARIABLE_VIEW);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        for (int i = 0; i < 40; i++) {
            long before = t.position();
            IThread th = t.getThreads()[0];
            if (i % 5 == 4) {
                t.reverseStepInto((io.ringside.debug.core.model.RingsideThread) th);
            } else if (i % 3 == 2) {
                th.stepOver();
            } else {
                th.stepInto();
            }
            UI.waitUntil(Condition.of("step " + i + " done", () -> t.isSuspended() && t.position() != before), LONG);
            if (i % 4 == 0) {
                select(suspendedTopFrame(t));
            }
            if (i % 2 == 0) {
                UI.flushEvents();
            }
        }
        UI.waitUntil(Condition.of("the Variables view shows the queue state",
                () -> variablesViewItems().containsAll(List.of("event", "driver"))), LONG);
        t.terminate();
        UI.waitUntil(Condition.of("terminated", t::isTerminated));
    }

    @Test
    void reverseCommandsHaveIcons() {
        var images = PlatformUI.getWorkbench().getService(org.eclipse.ui.commands.ICommandImageService.class);
        for (String id : List.of("reverseResume", "reverseStepInto", "reverseStepOver", "reverseStepReturn")) {
            var d = images.getImageDescriptor("io.ringside.debug.ui." + id);
            assertNotNull(d, id + " has an icon");
            var data = d.getImageData(100);
            assertNotNull(data, id + " icon loads");
            assertEquals(16, data.width, id);
            assertEquals(16, data.height, id);
            var hidpi = d.getImageData(200);
            assertNotNull(hidpi, id + " has a 2x icon");
            assertEquals(32, hidpi.width, id);
        }
    }

    @Test
    void emulatorRunsLiveAndSuspendsOnAWatchpoint() throws Exception {
        RingsideBreakpoint.create(null, "watch=used.idx:value >= 20");
        Path out = Files.createTempFile("ringside-ui-emulator", ".rstrace");
        var m = DebugPlugin.getDefault().getLaunchManager();
        ILaunchConfigurationType type = m.getLaunchConfigurationType(RingsideDebug.EMULATOR_LAUNCH_TYPE);
        ILaunchConfigurationWorkingCopy wc = type.newInstance(null, "emulator-watch");
        wc.setAttribute(RingsideDebug.ATTR_DEVICE, "virtio-blk");
        wc.setAttribute(RingsideDebug.ATTR_REQUESTS, 5000);
        wc.setAttribute(RingsideDebug.ATTR_QUEUE_DEPTH, 8);
        wc.setAttribute(RingsideDebug.ATTR_LAYOUT, "split");
        wc.setAttribute(RingsideDebug.ATTR_EVENT_IDX, true);
        wc.setAttribute(RingsideDebug.ATTR_OUTPUT, out.toString());
        wc.setAttribute(RingsideDebug.ATTR_STOP_AT_START, false);
        UI.run(() -> DebugUITools.launch(wc, "debug"));
        RingsideDebugTarget t = waitForTarget();
        assertFalse(t.lastHits().isEmpty(), "stopped by the watchpoint: " + t.getName());
        IStackFrame top = suspendedTopFrame(t);
        long used = Long.parseLong(variable(top.getVariables(), "device", "usedIdx").getValue().getValueString());
        assertTrue(used >= 20 && used < 40, "the first used.idx at or past 20: " + used);
        assertFalse(t.timeline().complete(), "the emulator is still running, held back by the suspended debugger");
        long size = t.timeline().eventCount();
        UI.sleep(500);
        assertTrue(t.timeline().eventCount() <= size + 1, "the emulator waits while the session is suspended");
        select(top);
        UI.screenshot("debug-emulator-watchpoint");
        // stepping steps the emulator
        top.getThread().stepInto();
        UI.waitUntil(Condition.of("one step later", () -> t.isSuspended() && t.position() > 0), LONG);
        t.terminate();
        UI.waitUntil(Condition.of("terminated", t::isTerminated));
    }
}
