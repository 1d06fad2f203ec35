package io.ringside.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import io.ringside.ui.internal.SamplesWizard;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.ringside.ui.RingsideUI;
import io.ringside.ui.internal.SamplesProject;
import io.ringside.ui.tests.harness.Condition;
import io.ringside.ui.tests.harness.UI;
import io.ringside.ui.tests.harness.WorkbenchTest;

@ExtendWith(WorkbenchTest.class)
class SamplesProjectTest {

    @Test
    void samplesProjectHoldsEverySample() throws Exception {
        Path source = SamplesProject.sourceFolder();
        assertNotNull(source, "the test runtime names the samples folder (-Dringside.samples)");
        assertTrue(Files.isDirectory(source), "samples folder exists: " + source);
        IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(RingsideUI.SAMPLES_PROJECT);
        // created at start-up by the workbench, without any action of the test
        UI.waitUntil(Condition.of("the samples project exists and is open", () -> project.exists() && project.isOpen()),
                Duration.ofSeconds(60));
        UI.waitForJobs(RingsideUI.SAMPLES_JOB_FAMILY, Duration.ofSeconds(60));
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        assertFalse(files.isEmpty(), "there are samples to copy");
        for (Path f : files) {
            String rel = source.relativize(f).toString();
            assertTrue(project.getFile(rel).exists(), "sample " + rel + " is in the project");
        }
    }

    @Test
    void newProjectWizardCreatesAnotherSamplesProject() throws Exception {
        UI.waitForJobs(RingsideUI.SAMPLES_JOB_FAMILY, Duration.ofSeconds(60));
        IWizardDescriptor d = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("io.ringside.ui.wizards.samples");
        assertNotNull(d, "File > New has the Ringside samples wizard");
        assertTrue(java.util.Arrays.asList(d.getTags()).contains("project"), "listed under New > Project...");
        assertEquals("Ringside", d.getCategory().getLabel());
        IProject created = UI.sync(() -> {
            SamplesWizard w = (SamplesWizard) d.createWizard();
            w.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
            WizardDialog dialog = new WizardDialog(UI.page().getWorkbenchWindow().getShell(), w);
            dialog.create();
            try {
                // the samples project exists already: the page proposes a free name
                assertTrue(w.canFinish(), "the page is complete with its proposed name");
                assertTrue(w.performFinish());
                return w.createdProject();
            } finally {
                dialog.close();
            }
        });
        try {
            assertNotNull(created);
            assertTrue(created.exists() && created.isOpen());
            assertTrue(created.getName().startsWith(RingsideUI.SAMPLES_PROJECT + " "), created.getName());
            Path source = SamplesProject.sourceFolder();
            List<Path> files;
            try (Stream<Path> s = Files.walk(source)) {
                files = s.filter(Files::isRegularFile).toList();
            }
            for (Path f : files) {
                assertTrue(created.getFile(source.relativize(f).toString()).exists(), "sample " + f.getFileName());
            }
        } finally {
            if (created != null) {
                created.delete(true, true, null);
            }
        }
    }
}
