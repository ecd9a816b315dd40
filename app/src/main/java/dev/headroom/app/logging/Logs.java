package dev.headroom.app.logging;

import java.nio.file.Path;

/**
 * Where Headroom writes its log. Problems meant for the planner go to the screen; details meant for
 * whoever investigates an internal error go here, so a message can say where to look.
 */
public final class Logs {

    /** Overrides the log folder, e.g. for CI or a portable install. */
    public static final String DIR_PROPERTY = "headroom.log.dir";

    private Logs() {
    }

    /** Sets the folder before the first logger is made; logback.xml reads the property. */
    public static void configure() {
        if (System.getProperty(DIR_PROPERTY) == null) {
            String env = System.getenv("HEADROOM_LOG_DIR");
            Path dir = env != null && !env.isBlank()
                    ? Path.of(env)
                    : Path.of(System.getProperty("user.home"), ".headroom", "logs");
            System.setProperty(DIR_PROPERTY, dir.toString());
        }
    }

    public static Path file() {
        configure();
        return Path.of(System.getProperty(DIR_PROPERTY), "headroom.log");
    }
}
