package io.ringside.site.tests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the probe (releng/io.ringside.platform.probe) reported from a started installation, and the error entries
 * the workbench wrote to its log during that start. The line format is described in the probe's class comment.
 */
record Report(List<String> lines, List<String> logErrors) {

    /** Bundle symbolic name to "VERSION STATE [REASON]", for the io.ringside.* bundles the framework has. */
    Map<String, String> bundles() {
        Map<String, String> bundles = new LinkedHashMap<>();
        for (String line : lines) {
            if (line.startsWith("bundle ")) {
                String[] w = line.split(" ", 3);
                bundles.put(w[1], w[2]);
            }
        }
        return bundles;
    }

    /** The bundles the framework could not resolve. */
    List<String> unresolved() {
        return allAfter("unresolved");
    }

    /** The rest of the first line that starts with {@code prefix + " "}, or null. */
    String after(String prefix) {
        return allAfter(prefix).stream().findFirst().orElse(null);
    }

    /** Every line that starts with {@code prefix + " "}, without the prefix. */
    List<String> allAfter(String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix + " ")).map(l -> l.substring(prefix.length() + 1)).toList();
    }

    boolean done() {
        return !lines.isEmpty() && lines.get(lines.size() - 1).equals("done");
    }

    /**
     * The error entries of an Eclipse log text ({@code !ENTRY PLUGIN SEVERITY CODE DATE} then {@code !MESSAGE
     * TEXT}; severity 4 is an error), as "PLUGIN: TEXT".
     */
    static List<String> errors(String log) {
        List<String> errors = new ArrayList<>();
        String entry = null;
        for (String line : log.split("\n")) {
            if (line.startsWith("!ENTRY ")) {
                String[] w = line.split(" ");
                entry = w.length > 2 && w[2].equals("4") ? w[1] : null;
            } else if (line.startsWith("!MESSAGE ") && entry != null) {
                errors.add(entry + ": " + line.substring("!MESSAGE ".length()));
                entry = null;
            }
        }
        return errors;
    }
}
