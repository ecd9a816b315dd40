package dev.headroom.installers;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.spi.ToolProvider;

/**
 * The JDK's jdeps, jlink and jpackage, run in this JVM through {@link ToolProvider}: the installer build runs
 * on the JDK 25 toolchain, so the tools are that JDK's, whatever Java runs Maven.
 */
public final class JdkTools {

    private JdkTools() {
    }

    /** Runs a tool and returns what it printed; a non-zero exit is an exception carrying its output. */
    public static String run(String tool, List<String> args) {
        ToolProvider provider = ToolProvider.findFirst(tool).orElseThrow(() -> new IllegalStateException(
                "this JDK has no " + tool + " (" + System.getProperty("java.home") + "); build installers with a full JDK 25"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = provider.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException(tool + " exited " + code + ":\n" + out + err + "\narguments: " + args);
        }
        return out.toString() + err;
    }

    /**
     * The JDK modules the application needs, as jdeps finds them in its bytecode (multi-release jars read as
     * Java 25), plus {@code extra}: what jdeps cannot see, such as modules used only through services.
     */
    public static List<String> moduleDeps(List<java.nio.file.Path> jars, Set<String> extra) {
        List<String> args = new ArrayList<>(List.of("--print-module-deps", "--ignore-missing-deps",
                "--multi-release", Integer.toString(Runtime.version().feature())));
        if (jars.size() > 1) {
            args.add("--class-path");
            args.add(String.join(java.io.File.pathSeparator,
                    jars.subList(1, jars.size()).stream().map(Object::toString).toList()));
        }
        args.add(jars.getFirst().toString());
        return parseModuleList(run("jdeps", args), extra);
    }

    /** jdeps prints one comma-separated line; anything else it printed (warnings) comes before it. */
    static List<String> parseModuleList(String output, Set<String> extra) {
        List<String> lines = output.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalStateException("jdeps printed no module list");
        }
        String last = lines.getLast();
        if (!last.matches("[a-z][a-z0-9.]*(,[a-z][a-z0-9.]*)*")) {
            throw new IllegalStateException("jdeps did not end with a module list but with: " + last);
        }
        Set<String> modules = new TreeSet<>(List.of(last.split(",")));
        modules.addAll(extra);
        return List.copyOf(modules);
    }
}
