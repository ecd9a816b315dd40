package dev.headroom.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/** Checks output paths before any work is done, so a long run does not fail at the very end. */
final class OutputPaths {

    private OutputPaths() {
    }

    static Path check(Path path, String option, String... extensions) {
        Path absolute = path.toAbsolutePath();
        String name = absolute.getFileName().toString().toLowerCase(Locale.ROOT);
        if (extensions.length > 0 && Arrays.stream(extensions).noneMatch(name::endsWith)) {
            throw new UsageException(option + " " + path + ": the file name must end with "
                    + String.join(" or ", extensions));
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UsageException(option + " " + path + ": the folder " + dir + " does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new UsageException(option + " " + path + " is a folder, not a file");
        }
        return absolute;
    }

    static Path checkInput(Path path, String option) {
        if (!Files.isRegularFile(path)) {
            throw new UsageException(option + " " + path + ": no such file");
        }
        return path;
    }
}
