package dev.headroom.installers;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JdkToolsTest {

    @Test
    void the_module_list_is_jdeps_last_line_with_the_extra_modules_sorted_in() {
        String output = """
                Warning: split package: javafx.scene.control
                java.base,java.desktop,java.sql,jdk.unsupported
                """;
        assertThat(JdkTools.parseModuleList(output, Set.of("jdk.localedata", "java.sql")))
                .containsExactly("java.base", "java.desktop", "java.sql", "jdk.localedata", "jdk.unsupported");
    }

    @Test
    void output_that_does_not_end_in_a_module_list_is_an_error() {
        assertThatThrownBy(() -> JdkTools.parseModuleList("Error: something went wrong\n", Set.of()))
                .hasMessageContaining("something went wrong");
        assertThatThrownBy(() -> JdkTools.parseModuleList("\n", Set.of())).hasMessageContaining("no module list");
    }

    @Test
    void a_failing_tool_reports_its_exit_and_output() {
        assertThatThrownBy(() -> JdkTools.run("jdeps", java.util.List.of("--no-such-option")))
                .hasMessageContaining("jdeps exited").hasMessageContaining("--no-such-option");
    }
}
