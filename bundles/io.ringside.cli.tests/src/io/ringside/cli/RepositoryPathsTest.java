package io.ringside.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.ringside.cli.fuzz.FuzzCorpusTestAccess;
import io.ringside.core.trace.TraceHeader;
import io.ringside.core.trace.TraceReader;

/**
 * Issue 23 item 7: files the project writes and commits carry no absolute path of the machine that made
 * them. Sample traces record their command line as typed from the project root ({@code tools/make-samples}
 * runs there with relative paths), and no file in the checkout holds an absolute path into a checkout of
 * the project (any folder, any machine: a path such as {@code /some/where} followed by {@code /samples/...}).
 */
class RepositoryPathsTest {

    /** An absolute path (not part of a URL) that goes into one of the project's top-level folders. */
    static final Pattern INTO_A_CHECKOUT = Pattern.compile(
            "(?<![A-Za-z0-9_.~:/-])/[A-Za-z0-9_.+-]+(?:/[A-Za-z0-9_.+-]+)*/(?:samples|bundles|docs|tools|releng|features)/");

    /** Folders that are not committed: build output, caches, local tools. */
    static final Set<String> NOT_COMMITTED = Set.of(".git", "target", ".tools", ".devjars", "bin");

    static Path repo() {
        return FuzzCorpusTestAccess.repo();
    }

    @Test
    void sampleTracesRecordTheCommandAsTypedFromTheProjectRoot() throws IOException {
        List<Path> traces;
        try (Stream<Path> s = Files.walk(repo().resolve("samples/traces"))) {
            traces = s.filter(p -> p.toString().endsWith(".rstrace")).sorted().toList();
        }
        assertTrue(traces.size() > 30, "the samples: " + traces.size());
        for (Path t : traces) {
            TraceHeader h;
            try (TraceReader r = TraceReader.open(t, Tools.models().registry())) {
                h = r.header();
            }
            String command = h.meta().get("command");
            assertTrue(command != null && command.startsWith("ringside generate "), t + ": " + command);
            String rel = repo().relativize(t).toString().replace('\\', '/');
            assertTrue(command.endsWith(" -o " + rel), t + " records where it was written, from the project root: " + command);
            for (String word : command.split(" ")) {
                assertFalse(word.startsWith("/") || word.startsWith("~") || word.matches("[A-Za-z]:\\\\.*"),
                        t + ": an absolute path in meta.command: " + word);
            }
        }
    }

    @Test
    void noCommittedFileHoldsAnAbsolutePathIntoACheckout() throws IOException {
        // (written in two parts, or this file would hold what it looks for)
        assertTrue(INTO_A_CHECKOUT.matcher("-o /work/main" + "/samples/traces/x.rstrace").find());
        assertTrue(INTO_A_CHECKOUT.matcher("\"/home/ann/src/ringside" + "/bundles/io\"").find());
        assertFalse(INTO_A_CHECKOUT.matcher("-o samples/traces/x.rstrace").find());
        assertFalse(INTO_A_CHECKOUT.matcher("http://apache.org/xml/features/disallow").find());
        List<String> found = new ArrayList<>();
        int[] files = { 0 };
        try (Stream<Path> s = Files.walk(repo())) {
            s.filter(p -> !isUncommitted(repo().relativize(p))).filter(Files::isRegularFile).forEach(p -> {
                files[0]++;
                try {
                    String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
                    Matcher m = INTO_A_CHECKOUT.matcher(text);
                    if (m.find()) {
                        found.add(repo().relativize(p) + ": " + m.group());
                    }
                } catch (IOException e) {
                    found.add(p + ": " + e);
                }
            });
        }
        assertTrue(files[0] > 500, "the checkout was walked: " + files[0]);
        assertEquals(List.of(), found);
    }

    private static boolean isUncommitted(Path rel) {
        for (Path part : rel) {
            if (NOT_COMMITTED.contains(part.toString())) {
                return true;
            }
        }
        return false;
    }
}
