package io.ringside.site.tests;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** A p2 repository folder with plain content.xml and artifacts.xml, as releng/io.ringside.site writes it. */
record Site(Path dir) {

    /** Symbolic name to version of every bundle the site holds (its artifacts of classifier osgi.bundle). */
    Map<String, String> bundles() throws Exception {
        Map<String, String> bundles = new TreeMap<>();
        for (Element a : Sources.elements(Sources.parse(dir.resolve("artifacts.xml")), "artifact")) {
            if (a.getAttribute("classifier").equals("osgi.bundle")) {
                bundles.put(a.getAttribute("id"), a.getAttribute("version"));
            }
        }
        return bundles;
    }

    /** The other repositories the site's metadata refers to (their locations). */
    List<String> references() throws Exception {
        return Sources.elements(Sources.parse(dir.resolve("content.xml")), "repository").stream()
                .filter(r -> r.getParentNode() instanceof Element parent && parent.getTagName().equals("references"))
                .map(r -> r.getAttribute("uri")).toList();
    }

    /** A copy of this site at {@code to} without the bundles {@code names}: their jars, metadata and artifact entries. */
    Site without(Set<String> names, Path to) throws Exception {
        Installation.copy(dir, to, file -> names.stream().noneMatch(n -> file.getFileName().toString().startsWith(n + "_")));
        remove(to.resolve("content.xml"), "unit", names);
        remove(to.resolve("artifacts.xml"), "artifact", names);
        return new Site(to);
    }

    private static void remove(Path xml, String tag, Set<String> ids) throws Exception {
        Document d = Sources.parse(xml);
        for (Element e : Sources.elements(d, tag)) {
            if (ids.contains(e.getAttribute("id"))) {
                Element list = (Element) e.getParentNode();
                list.removeChild(e);
                list.setAttribute("size", Integer.toString(Integer.parseInt(list.getAttribute("size")) - 1));
            }
        }
        TransformerFactory.newInstance().newTransformer().transform(new DOMSource(d), new StreamResult(xml.toFile()));
    }
}
