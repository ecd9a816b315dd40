package dev.headroom.installers;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Debian scripts in src/jpackage/linux replace jpackage's own templates, so they must keep jpackage's
 * placeholders (menu entry and MIME type are installed through them) besides adding the headroom command.
 */
class InstallScriptsTest {

    private static final Path LINUX = Path.of("src/jpackage/linux");

    @Test
    void postinst_links_the_command_and_keeps_the_desktop_integration() throws IOException {
        String postinst = Files.readString(LINUX.resolve("postinst"));
        assertThat(postinst).contains("DESKTOP_COMMANDS_INSTALL", "configure)",
                "ln -sfn \"/opt/headroom/bin/Headroom\" /usr/bin/headroom");
        assertThat(Files.isExecutable(LINUX.resolve("postinst"))).isTrue();
    }

    @Test
    void prerm_removes_only_its_own_link_and_not_on_upgrade() throws IOException {
        String prerm = Files.readString(LINUX.resolve("prerm"));
        assertThat(prerm).contains("DESKTOP_COMMANDS_UNINSTALL", "[ \"$1\" != upgrade ]",
                "readlink /usr/bin/headroom)\" = \"/opt/headroom/bin/Headroom\"", "rm -f /usr/bin/headroom");
    }

    @Test
    void the_rpm_spec_does_the_same_for_rpm_based_systems() throws IOException {
        String spec = Files.readString(LINUX.resolve("headroom.spec"));
        assertThat(spec).contains("DESKTOP_COMMANDS_INSTALL", "DESKTOP_COMMANDS_UNINSTALL",
                "ln -sfn \"/opt/headroom/bin/Headroom\" /usr/bin/headroom", "[ \"$1\" -eq 0 ]", "rm -f /usr/bin/headroom");
    }

    @Test
    void the_menu_entry_passes_the_double_clicked_file() throws IOException {
        assertThat(Files.readString(LINUX.resolve("Headroom.desktop"))).contains("Exec=APPLICATION_LAUNCHER %f",
                "DESKTOP_MIMES");
        assertThat(Files.readString(Path.of("src/jpackage/common/headroom-project.properties")))
                .contains("extension=headroom", "mime-type=application/x-headroom-project");
    }
}
