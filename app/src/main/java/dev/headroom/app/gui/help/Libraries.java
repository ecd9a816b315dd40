package dev.headroom.app.gui.help;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The libraries Headroom ships and their licences. Which libraries, and their versions, the build writes
 * ({@code runtime-libraries.txt}, Maven's dependency list of the runtime scope); their licences are in the
 * checked list {@code licences.tsv}, which a test holds complete against the build's list.
 */
public final class Libraries {

    /** Where the build writes the runtime libraries (absent when the classes were not built by Maven). */
    static final String RUNTIME_LIST = "runtime-libraries.txt";
    static final String LICENCES = "licences.tsv";
    /** Entries of the licence list that are not Maven libraries but files bundled inside one (a font). */
    private static final String BUNDLED = "bundled:";

    /**
     * One library.
     *
     * @param id      {@code group:artifact}, or {@code bundled:<name>} for a file inside a library
     * @param name    its name
     * @param version the version shipped; empty for a bundled file (its version is in its name)
     * @param licence its licence as an SPDX expression, or empty when the list does not know it
     * @param url     where to read the licence
     */
    public record Library(String id, String name, String version, String licence, String url) {
    }

    /** A licence as the checked list gives it. */
    record Licence(String name, String licence, String url) {
    }

    private Libraries() {
    }

    /** The libraries shipped, sorted by name, the bundled files last; empty when the build's list is absent. */
    public static List<Library> shipped() {
        Map<String, Licence> licences = licences();
        List<Library> all = new ArrayList<>();
        for (Map.Entry<String, String> e : runtime().entrySet()) {
            Optional<Licence> l = Optional.ofNullable(licences.get(e.getKey()));
            all.add(new Library(e.getKey(), l.map(Licence::name).orElse(e.getKey()), e.getValue(),
                    l.map(Licence::licence).orElse(""), l.map(Licence::url).orElse("")));
        }
        all.sort(java.util.Comparator.comparing(Library::name, String.CASE_INSENSITIVE_ORDER));
        licences.forEach((id, l) -> {
            if (id.startsWith(BUNDLED) && !all.isEmpty()) {
                all.add(new Library(id, l.name(), "", l.licence(), l.url()));
            }
        });
        return all;
    }

    /**
     * The runtime libraries the build listed, {@code group:artifact} to version, in the build's order. Platform
     * jars of the same library (JavaFX's natives, a classifier) count once.
     */
    static Map<String, String> runtime() {
        Map<String, String> libraries = new LinkedHashMap<>();
        for (String line : lines(RUNTIME_LIST)) {
            // "   org.apache.poi:poi:jar:5.5.1:compile -- module org.apache.poi.poi"; with a classifier,
            // "   org.openjfx:javafx-base:jar:linux:26.0.2:compile".
            String coordinates = line.strip().split("\\s+")[0];
            String[] parts = coordinates.split(":");
            if (parts.length < 5 || line.startsWith("The following")) {
                continue;
            }
            libraries.putIfAbsent(parts[0] + ":" + parts[1], parts[parts.length - 2]);
        }
        return libraries;
    }

    /** The checked licence list, {@code group:artifact} (or {@code bundled:…}) to its licence. */
    static Map<String, Licence> licences() {
        Map<String, Licence> licences = new LinkedHashMap<>();
        for (String line : lines(LICENCES)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t");
            if (cells.length != 4) {
                throw new IllegalStateException(LICENCES + ": not four tab-separated cells: " + line);
            }
            licences.put(cells[0], new Licence(cells[1], cells[2], cells[3]));
        }
        return licences;
    }

    private static List<String> lines(String resource) {
        InputStream in = Libraries.class.getResourceAsStream(resource);
        if (in == null) {
            return List.of();
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return r.lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
