package io.ringside.site.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Installs Ringside into an existing Eclipse as a user does (README, "Install into your Eclipse"): the p2 director
 * of a bare Eclipse Platform made from Maven Central (releng/io.ringside.platform: the platform and its IDE
 * application, none of Ringside's dependencies) installs the Ringside feature from the built update site, the IDE
 * starts (under the display ./ringside test provides) and the probe in it reports what is resolved, active and
 * registered; then the director uninstalls it and the IDE starts again without it; then it installs from the
 * site's zip archive. The steps share one installation, in order. What must be there is read from the sources
 * (feature.xml, plugin.xml), not from the build.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InstallIntoEclipseTest {

    private Sources sources;
    private Site site;
    private Path siteZip;
    private Path platform;
    private Path work;
    private Installation eclipse;

    @BeforeAll
    void setUp() throws Exception {
        Path repo = Path.of(property("ringside.repo"));
        sources = Sources.read(repo);
        site = new Site(Path.of(property("ringside.site")));
        siteZip = Path.of(property("ringside.site.zip"));
        platform = Path.of(property("ringside.platform"));
        work = Path.of(property("ringside.work"));
        assertNotNull(System.getenv("DISPLAY"), "the IDE needs a display: ./ringside test runs Maven under xvfb-run when there is none");
        eclipse = Installation.copyOf(platform, work.resolve("eclipse"), work.resolve("logs"));
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        assertNotNull(value, "system property " + name + " (set by the pom)");
        return value;
    }

    private String featureGroup() {
        return sources.feature() + ".feature.group";
    }

    @Test
    @Order(1)
    void theSiteHoldsTheFeatureAndOnlyWhatThePlatformLacks() throws Exception {
        Map<String, String> onSite = site.bundles();
        for (String plugin : sources.plugins()) {
            assertTrue(onSite.containsKey(plugin), "the site holds " + plugin + ": " + onSite.keySet());
        }
        Set<String> inBoth = new TreeSet<>(onSite.keySet());
        inBoth.retainAll(eclipse.configuredBundles());
        assertEquals(Set.of(), inBoth, "bundles the platform already has");
        assertFalse(libraries().isEmpty(), "Ringside needs libraries the platform lacks (Jackson, EMF.Edit): the site holds them");
        assertEquals(List.of(), site.references(), "repositories the site's metadata refers to");
        assertTrue(Files.size(siteZip) > 0, siteZip + " exists");
    }

    /** The bundles on the site that are not Ringside's own. */
    private Set<String> libraries() throws Exception {
        Set<String> libraries = new TreeSet<>(site.bundles().keySet());
        sources.plugins().forEach(libraries::remove);
        return libraries;
    }

    @Test
    @Order(2)
    void aSiteWithoutItsLibrariesIsRefused() throws Exception {
        // the premise of the next steps: the platform does not make up for what the site lacks
        Set<String> libraries = libraries();
        Site incomplete = site.without(libraries, work.resolve("site-without-libraries"));
        Installation.Run run = eclipse.director("install-incomplete-site", "-repository", incomplete.dir().toUri().toString(),
                "-installIU", featureGroup());
        assertNotEquals(0, run.exit(), "the director installs Ringside from a site without " + libraries + ":\n" + run.tail());
        assertTrue(run.output().contains("Missing requirement"), "the director names what is missing:\n" + run.tail());
        assertTrue(eclipse.configuredBundles().stream().noneMatch(sources.plugins()::contains), "a refused install changes nothing");
    }

    @Test
    @Order(3)
    void installsFromTheSiteAndEveryBundleIsActiveWithItsPerspectiveEditorAndLaunchTypes() throws Exception {
        Installation.Run run = eclipse.director("install-from-site", "-repository", site.dir().toUri().toString(),
                "-installIU", featureGroup());
        assertEquals(0, run.exit(), "the director's exit status:\n" + run.tail());
        assertRingsideWorks(eclipse.start("start-installed", sources.expectations()));
    }

    @Test
    @Order(4)
    void uninstallsAndTheIdeStartsCleanlyWithoutIt() throws Exception {
        Installation.Run run = eclipse.director("uninstall", "-uninstallIU", featureGroup());
        assertEquals(0, run.exit(), "the director's exit status:\n" + run.tail());
        Set<String> left = new TreeSet<>(site.bundles().keySet());
        left.retainAll(eclipse.configuredBundles());
        assertEquals(Set.of(), left, "bundles of the site still configured");

        Report report = eclipse.start("start-uninstalled", sources.expectations());
        assertTrue(report.done(), "the probe's report ends: " + report.lines());
        assertEquals(Map.of(), report.bundles(), "Ringside bundles in the framework");
        assertEquals(List.of(), report.unresolved(), "unresolved bundles");
        for (String perspective : sources.perspectives()) {
            assertEquals("missing", report.after("perspective " + perspective), perspective);
        }
        for (Sources.Editor editor : sources.editors()) {
            assertEquals("missing", report.after("editor " + editor.id()), editor.id());
        }
        for (String type : sources.launchTypes()) {
            assertEquals("missing", report.after("launch " + type), type);
        }
        assertEquals(List.of(), report.logErrors(), "errors the workbench logged");
    }

    @Test
    @Order(5)
    void installsFromTheZipArchive() throws Exception {
        Installation.Run run = eclipse.director("install-from-zip", "-repository", "jar:" + siteZip.toUri() + "!/",
                "-installIU", featureGroup());
        assertEquals(0, run.exit(), "the director's exit status:\n" + run.tail());
        assertRingsideWorks(eclipse.start("start-installed-from-zip", sources.expectations()));
    }

    private void assertRingsideWorks(Report report) throws Exception {
        assertTrue(report.done(), "the probe's report ends: " + report.lines());
        Map<String, String> onSite = site.bundles();
        Map<String, String> bundles = report.bundles();
        List<String> wrong = new ArrayList<>();
        for (String plugin : sources.plugins()) {
            String expected = onSite.get(plugin) + " ACTIVE";
            if (!expected.equals(bundles.get(plugin))) {
                wrong.add(plugin + ": " + bundles.get(plugin) + " instead of " + expected);
            }
        }
        assertEquals(List.of(), wrong, "Ringside bundles not resolved and active at the site's version");
        assertEquals(List.of(), report.unresolved(), "unresolved bundles");
        for (String perspective : sources.perspectives()) {
            assertEquals(List.of("registered", "shown"), report.allAfter("perspective " + perspective), perspective);
        }
        for (Sources.Editor editor : sources.editors()) {
            assertEquals("registered", report.after("editor " + editor.id()), editor.id());
            String opens = report.after("editor " + editor.sample() + " opens");
            assertNotNull(opens, editor.sample() + " opened: " + report.lines());
            assertTrue(opens.startsWith(editor.id() + " ") && !opens.contains("ErrorEditorPart"),
                    editor.sample() + " opens in " + editor.id() + ", not in: " + opens);
        }
        for (String type : sources.launchTypes()) {
            assertEquals("registered", report.after("launch " + type), type);
        }
        assertEquals(List.of(), report.logErrors(), "errors the workbench logged");
    }
}
