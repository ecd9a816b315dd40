package dev.headroom.app.gui.help;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** About's list of libraries: every library the build ships has its licence in the checked list. */
class LibrariesTest {

    @Test
    void everyRuntimeLibraryOfTheBuildHasItsLicenceInTheList() {
        Map<String, String> runtime = Libraries.runtime();
        assertThat(runtime).as("the build's list of runtime libraries (" + Libraries.RUNTIME_LIST + ")")
                .hasSizeGreaterThan(20)
                .containsKeys("org.openjfx:javafx-controls", "org.choco-solver:choco-solver", "org.apache.poi:poi")
                .doesNotContainKey("dev.headroom:planner-core");
        assertThat(runtime.keySet()).as("libraries shipped without a licence in " + Libraries.LICENCES)
                .isSubsetOf(Libraries.licences().keySet());
    }

    @Test
    void theListNamesNoLibraryTheBuildDoesNotShip() {
        Set<String> stale = Libraries.licences().keySet().stream()
                .filter(id -> !id.startsWith("bundled:") && !Libraries.runtime().containsKey(id))
                .collect(Collectors.toSet());
        assertThat(stale).as("entries of " + Libraries.LICENCES + " for libraries no longer shipped").isEmpty();
    }

    @Test
    void theAboutBoxListsEachLibraryOnceWithVersionAndLicence() {
        List<Libraries.Library> shipped = Libraries.shipped();
        assertThat(shipped).extracting(Libraries.Library::id).doesNotHaveDuplicates();
        assertThat(shipped).filteredOn(l -> l.id().equals("org.openjfx:javafx-base")).singleElement()
                .satisfies(l -> {
                    assertThat(l.name()).isEqualTo("JavaFX Base");
                    assertThat(l.version()).matches("\\d+(\\.\\d+)*");
                    assertThat(l.licence()).isEqualTo("GPL-2.0-only WITH Classpath-exception-2.0");
                });
        assertThat(shipped).allSatisfy(l -> assertThat(l.licence()).as(l.id()).isNotBlank());
        assertThat(shipped.getLast().id()).isEqualTo("bundled:wqy-microhei");

        About about = new About("1.2.0", "25.0.1", "26.0.2", Path.of("/tmp/headroom.log"), shipped);
        assertThat(about.heading()).isEqualTo("Headroom 1.2.0");
        assertThat(new About(null, "25", "26", Path.of("x"), List.of()).heading())
                .isEqualTo("Headroom (development build)");
        assertThat(about.librariesHeading()).isEqualTo("Libraries shipped (" + shipped.size() + ")");
        assertThat(about.runtime()).isEqualTo("Java 25.0.1, JavaFX 26.0.2. Log: /tmp/headroom.log");
    }
}
