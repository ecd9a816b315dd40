package dev.headroom.io;

import dev.headroom.io.plan.PlanJsonWriter;
import dev.headroom.io.testing.SamplePlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private long filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.count();
        }
    }

    @Test
    void writesTheContent() throws IOException {
        Path out = dir.resolve("a.txt");

        AtomicFiles.write(out, s -> s.write("hello".getBytes(StandardCharsets.UTF_8)));

        assertThat(out).hasContent("hello");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsPermissions() throws IOException {
        Path out = dir.resolve("shared.csv");
        AtomicFiles.write(out, s -> s.write('a'));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-r--r--");

        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFiles.write(out, s -> s.write('b'));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-rw----");
        assertThat(out).hasContent("b");
    }

    @Test
    void aWriterThatFailsHalfwayLeavesNoFile() throws IOException {
        Path out = dir.resolve("plan.xlsx");

        assertThatThrownBy(() -> AtomicFiles.write(out, s -> {
            s.write(new byte[100_000]);
            throw new IOException("disk full");
        })).isInstanceOf(ExportException.class).hasMessage("could not write " + out + ": disk full");

        assertThat(out).doesNotExist();
        assertThat(filesIn(dir)).isZero();
    }

    @Test
    void aWriterThatThrowsAnythingLeavesTheOldFileAsItWas() throws IOException {
        Path out = dir.resolve("SUMMARY.json");
        Files.writeString(out, "old");

        assertThatThrownBy(() -> AtomicFiles.write(out, s -> {
            s.write("new, half".getBytes(StandardCharsets.UTF_8));
            throw new IllegalStateException("a bug");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(out).hasContent("old");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void replacesAnExistingFile() throws IOException {
        Path out = dir.resolve("SUMMARY.json");
        Files.writeString(out, "old");

        PlanJsonWriter.write(SamplePlan.plan(), out);

        assertThat(Files.readString(out)).startsWith("{").contains("\"status\"");
        assertThat(filesIn(dir)).isEqualTo(1);
    }

    @Test
    void aMissingFolderIsSaidInWords() {
        Path out = dir.resolve("no/such/folder/PLAN.json");

        assertThatThrownBy(() -> PlanJsonWriter.write(SamplePlan.plan(), out))
                .isInstanceOf(ExportException.class)
                .hasMessage("could not write " + out + ": the folder " + dir.resolve("no/such/folder") + " does not exist");
    }
}
