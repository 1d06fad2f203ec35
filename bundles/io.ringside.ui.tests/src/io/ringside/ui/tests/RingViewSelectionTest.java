package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ISelection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.RingView;
import io.ringside.ui.internal.editor.TraceEditor;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.Traces;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

/** A cell selected in the Rings view belongs to one trace: switching traces must not leave it in Properties. */
@ExtendWith(WorkbenchTest.class)
class RingViewSelectionTest {

    @AfterEach
    void close() {
        Traces.closeEditors();
    }

    @Test
    void selectionIsClearedWhenTheShownTraceChanges() throws Exception {
        UI.openPerspective(RingsideUI.PERSPECTIVE_ID);
        TraceEditor nvme = Traces.open("nvme.rstrace");
        RingView rings = Traces.rings();
        EObject cell = UI.sync(() -> nvme.model().eAllContents().next());
        UI.run(() -> rings.select(cell));
        assertFalse(selection(rings).isEmpty(), "the clicked object is selected");

        TraceEditor packed = Traces.open("packed.rstrace");
        assertNotSame(nvme, packed);
        UI.waitUntil(Condition.of("the Rings view shows the packed trace", () -> rings.editor() == packed));
        assertTrue(selection(rings).isEmpty(),
                "the NVMe trace's object is no longer selected once the packed trace is shown: " + selection(rings));
    }

    private static ISelection selection(RingView rings) {
        return UI.sync(() -> rings.getSite().getSelectionProvider().getSelection());
    }
}
