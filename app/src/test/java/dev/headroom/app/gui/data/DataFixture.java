package dev.headroom.app.gui.data;

import dev.headroom.app.gui.workspace.Workspace;
import dev.headroom.app.sample.SampleGenerator;
import dev.headroom.core.model.PlanningInput;
import dev.headroom.io.project.Project;

/** The sample opened in a workspace, with the Data screen's view-model on it. */
final class DataFixture {

    final Workspace workspace = new Workspace();
    final Project sample = Project.of(SampleGenerator.sample()).withScenarios(SampleGenerator.sampleScenarios());
    final DataViewModel vm;

    DataFixture() {
        workspace.open(sample, null, "");
        vm = new DataViewModel(workspace);
    }

    PlanningInput input() {
        return workspace.input().orElseThrow();
    }

    Project project() {
        return workspace.project().orElseThrow();
    }

    boolean dirty() {
        return workspace.dirtyProperty().get();
    }

    static <T> EditRow<T> row(EditableTable<T> table, int column, String text) {
        return table.rows().stream().filter(r -> r.text(column).equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no row with '" + text + "' in column " + column));
    }
}
