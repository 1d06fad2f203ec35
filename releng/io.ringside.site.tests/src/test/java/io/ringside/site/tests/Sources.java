package io.ringside.site.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What an installed Ringside must show, read from the sources of the checkout (not from the build's output): the
 * feature's plug-ins ({@code features/io.ringside/feature.xml}), and the perspectives, editors and launch
 * configuration types their {@code plugin.xml} files contribute.
 */
record Sources(String feature, List<String> plugins, List<String> perspectives, List<Editor> editors, List<String> launchTypes) {

    /** An editor and a sample file it opens (the first under samples/ with one of its extensions). */
    record Editor(String id, Path sample) {
    }

    static Sources read(Path repo) throws Exception {
        Document feature = parse(repo.resolve("features/io.ringside/feature.xml"));
        List<String> plugins = new ArrayList<>();
        for (Element e : elements(feature, "plugin")) {
            plugins.add(e.getAttribute("id"));
        }
        List<String> perspectives = new ArrayList<>();
        List<Editor> editors = new ArrayList<>();
        List<String> launchTypes = new ArrayList<>();
        for (String plugin : plugins) {
            Path xml = repo.resolve("bundles").resolve(plugin).resolve("plugin.xml");
            if (!Files.exists(xml)) {
                continue;
            }
            for (Element extension : elements(parse(xml), "extension")) {
                switch (extension.getAttribute("point")) {
                    case "org.eclipse.ui.perspectives" -> {
                        for (Element p : children(extension, "perspective")) {
                            perspectives.add(p.getAttribute("id"));
                        }
                    }
                    case "org.eclipse.ui.editors" -> {
                        for (Element e : children(extension, "editor")) {
                            if (e.getAttribute("extensions").isEmpty()) {
                                continue; // an editor of no file (the getting-started page): nothing to open it on
                            }
                            editors.add(new Editor(e.getAttribute("id"), sample(repo.resolve("samples"), e.getAttribute("extensions"))));
                        }
                    }
                    case "org.eclipse.debug.core.launchConfigurationTypes" -> {
                        for (Element t : children(extension, "launchConfigurationType")) {
                            launchTypes.add(t.getAttribute("id"));
                        }
                    }
                    default -> { }
                }
            }
        }
        return new Sources(feature.getDocumentElement().getAttribute("id"), plugins, perspectives, editors, launchTypes);
    }

    /** The probe's expectation lines for all of these. */
    List<String> expectations() {
        List<String> lines = new ArrayList<>();
        perspectives.forEach(p -> lines.add("perspective " + p));
        editors.forEach(e -> lines.add("editor " + e.id() + " " + e.sample()));
        launchTypes.forEach(t -> lines.add("launch " + t));
        return lines;
    }

    private static Path sample(Path samples, String extensions) throws IOException {
        List<String> suffixes = Stream.of(extensions.split(",")).map(x -> "." + x.trim()).toList();
        try (Stream<Path> files = Files.walk(samples)) {
            return files.filter(f -> suffixes.stream().anyMatch(s -> f.getFileName().toString().endsWith(s))).sorted()
                    .findFirst().orElseThrow(() -> new AssertionError("no sample file " + suffixes + " under " + samples));
        }
    }

    static Document parse(Path xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xml.toFile());
    }

    static List<Element> elements(Document d, String tag) {
        return list(d.getElementsByTagName(tag));
    }

    private static List<Element> children(Element parent, String tag) {
        return list(parent.getElementsByTagName(tag));
    }

    private static List<Element> list(NodeList nodes) {
        List<Element> list = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            list.add((Element) nodes.item(i));
        }
        return list;
    }
}
