package dev.headroom.io.project;

import dev.headroom.io.usage.ImportMapping;

import java.util.Objects;

/**
 * One usage import a project remembers: which file, its content's SHA-256 when it was read, and the mapping
 * used (with what was found automatically filled in), so that a re-import of next month's export reads it the
 * same way and replaces the same series.
 *
 * @param source the source file's name as the planner chose it
 * @param sha256 the file's SHA-256 in lower-case hex, or empty when not known
 */
public record ProjectImport(String source, String sha256, ImportMapping mapping) {
    public ProjectImport {
        source = Objects.requireNonNull(source, "source").strip();
        sha256 = sha256 == null ? "" : sha256.strip();
        Objects.requireNonNull(mapping, "mapping");
        if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("\"" + sha256 + "\" is not a SHA-256 in lower-case hex");
        }
    }
}
