package io.ringside.platform.probe;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.debug.core.DebugPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.intro.IIntroPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Constants;

/**
 * Reports the state of an Eclipse installation to the update site's install test
 * ({@code releng/io.ringside.site.tests}). Started with {@code -Dringside.probe.expect=FILE} and
 * {@code -Dringside.probe.report=FILE}, it waits for the workbench, reads what to look for, writes what it found
 * and closes the workbench; without them it does nothing. It names no Ringside type, only ids, so it runs the
 * same before Ringside is installed, with it, and after it is uninstalled.
 * <p>
 * Expectation lines: {@code perspective ID}, {@code editor ID FILE}, {@code launch ID}. Report lines:
 * <ul>
 * <li>{@code bundle BSN VERSION STATE [REASON]}: every bundle named {@code io.ringside.*} (but this one), after
 * starting it (fragments are not started);</li>
 * <li>{@code unresolved BSN}: every bundle the framework could not resolve;</li>
 * <li>{@code perspective ID registered|missing}, then {@code perspective ID shown|failed [REASON]} (switched to in
 * the window);</li>
 * <li>{@code editor ID registered|missing}, then {@code editor FILE opens EDITOR-ID CLASS} (or {@code failed
 * REASON});</li>
 * <li>{@code launch ID registered|missing};</li>
 * <li>{@code done} as the last line (an error ends the report with {@code error REASON} instead).</li>
 * </ul>
 */
public final class Probe implements IStartup {

    private static final String EXPECT = "ringside.probe.expect";
    private static final String REPORT = "ringside.probe.report";

    @Override
    public void earlyStartup() {
        String expect = System.getProperty(EXPECT);
        String report = System.getProperty(REPORT);
        if (expect == null || report == null) {
            return;
        }
        List<String> out = new ArrayList<>();
        try {
            bundles(out);
            for (String line : Files.readAllLines(Path.of(expect), StandardCharsets.UTF_8)) {
                String[] w = line.trim().split(" ", 3);
                switch (w[0]) {
                    case "perspective" -> perspective(w[1], out);
                    case "editor" -> editor(w[1], w[2], out);
                    case "launch" -> out.add("launch " + w[1] + " "
                            + (DebugPlugin.getDefault().getLaunchManager().getLaunchConfigurationType(w[1]) != null
                                    ? "registered" : "missing"));
                    case "" -> { }
                    default -> throw new IllegalArgumentException("unknown expectation: " + line);
                }
            }
            out.add("done");
        } catch (Exception | LinkageError e) {
            out.add("error " + e);
        }
        try {
            Path target = Path.of(report);
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.write(tmp, out, StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            e.printStackTrace();
        }
        IWorkbench workbench = PlatformUI.getWorkbench();
        workbench.getDisplay().asyncExec(workbench::close);
    }

    private static void bundles(List<String> out) {
        Bundle self = FrameworkUtil.getBundle(Probe.class);
        for (Bundle b : self.getBundleContext().getBundles()) {
            if (b.getState() == Bundle.INSTALLED) {
                out.add("unresolved " + b.getSymbolicName());
            }
            String name = b.getSymbolicName();
            if (b == self || name == null || !name.startsWith("io.ringside.")) {
                continue;
            }
            String reason = "";
            if (b.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                try {
                    b.start(Bundle.START_TRANSIENT);
                } catch (BundleException e) {
                    reason = " " + e.getMessage().replace('\n', ' ');
                }
            }
            out.add("bundle " + name + " " + b.getVersion() + " " + state(b.getState()) + reason);
        }
    }

    private static String state(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "UNINSTALLED";
            case Bundle.INSTALLED -> "INSTALLED";
            case Bundle.RESOLVED -> "RESOLVED";
            case Bundle.STARTING -> "STARTING";
            case Bundle.STOPPING -> "STOPPING";
            case Bundle.ACTIVE -> "ACTIVE";
            default -> "STATE-" + state;
        };
    }

    private static void perspective(String id, List<String> out) {
        onUiThread(out, () -> {
            IWorkbench workbench = PlatformUI.getWorkbench();
            IPerspectiveDescriptor descriptor = workbench.getPerspectiveRegistry().findPerspectiveWithId(id);
            out.add("perspective " + id + " " + (descriptor != null ? "registered" : "missing"));
            if (descriptor == null) {
                return;
            }
            IWorkbenchPage page = page(workbench);
            page.setPerspective(descriptor);
            IPerspectiveDescriptor shown = page.getPerspective();
            out.add("perspective " + id + " " + (shown != null && id.equals(shown.getId()) ? "shown"
                    : "failed the window shows " + (shown == null ? "none" : shown.getId())));
        });
    }

    private static void editor(String id, String file, List<String> out) {
        onUiThread(out, () -> {
            IWorkbench workbench = PlatformUI.getWorkbench();
            out.add("editor " + id + " " + (workbench.getEditorRegistry().findEditor(id) != null ? "registered" : "missing"));
            try {
                IEditorPart part = IDE.openEditorOnFileStore(page(workbench),
                        EFS.getLocalFileSystem().getStore(Path.of(file).toUri()));
                out.add("editor " + file + " opens " + part.getSite().getId() + " " + part.getClass().getName());
            } catch (PartInitException e) {
                out.add("editor " + file + " failed " + e.getMessage());
            }
        });
    }

    /** The page of the first window, with the intro (the platform's Welcome) closed. */
    private static IWorkbenchPage page(IWorkbench workbench) {
        IIntroPart intro = workbench.getIntroManager().getIntro();
        if (intro != null) {
            workbench.getIntroManager().closeIntro(intro);
        }
        return workbench.getWorkbenchWindows()[0].getActivePage();
    }

    /** Runs on the UI thread; what it throws is reported (and ends the report) here. */
    private static void onUiThread(List<String> out, Runnable r) {
        RuntimeException[] thrown = new RuntimeException[1];
        Display.getDefault().syncExec(() -> {
            try {
                r.run();
            } catch (RuntimeException e) {
                thrown[0] = e;
            }
        });
        if (thrown[0] != null) {
            throw thrown[0];
        }
    }
}
