package dev.headroom.app.gui.help;

import dev.headroom.app.gui.workspace.Texts;

import java.nio.file.Path;
import java.util.List;

/** What Help › About Headroom says: the version, the licence, the runtime and the libraries shipped. */
public final class About {

    private static final Texts T = Texts.of(About.class);

    private final String version;
    private final String javaVersion;
    private final String javafxVersion;
    private final Path logs;
    private final List<Libraries.Library> libraries;

    /**
     * @param version the build's version (the jar's Implementation-Version), or null for a build from the sources
     */
    public About(String version, String javaVersion, String javafxVersion, Path logs, List<Libraries.Library> libraries) {
        this.version = version;
        this.javaVersion = javaVersion;
        this.javafxVersion = javafxVersion;
        this.logs = logs;
        this.libraries = List.copyOf(libraries);
    }

    /** The running application's. */
    public static About ofThisBuild(Path logs) {
        return new About(About.class.getPackage().getImplementationVersion(), Runtime.version().toString(),
                System.getProperty("javafx.runtime.version", "?"), logs, Libraries.shipped());
    }

    public String title() {
        return T.get("about.title");
    }

    /** "Headroom 0.1.0", or that it is a development build. */
    public String heading() {
        return version == null ? T.get("about.heading.development") : T.get("about.heading", version);
    }

    /** What Headroom does and its licence. */
    public String description() {
        return T.get("about.description");
    }

    /** The Java and JavaFX it runs on, and where its log is. */
    public String runtime() {
        return T.get("about.runtime", javaVersion, javafxVersion, String.valueOf(logs));
    }

    /** The heading above the libraries, with how many there are. */
    public String librariesHeading() {
        return libraries.isEmpty() ? T.get("about.libraries.unknown") : T.get("about.libraries", libraries.size());
    }

    public List<Libraries.Library> libraries() {
        return libraries;
    }

    /** A library's licence in the table; says so when the list does not know it. */
    public static String licence(Libraries.Library l) {
        return l.licence().isEmpty() ? T.get("about.licence.unknown") : l.licence();
    }

    static String column(String key) {
        return switch (key) {
            case "name" -> T.get("about.column.name");
            case "version" -> T.get("about.column.version");
            case "licence" -> T.get("about.column.licence");
            default -> T.get("about.column.url");
        };
    }
}
