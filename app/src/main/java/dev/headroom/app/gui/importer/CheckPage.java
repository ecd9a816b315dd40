package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.core.model.InputProblem;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/** Page 4: what the import read, every problem with its cell, and what the project still lacks to plan. */
final class CheckPage {

    private static final Texts T = Texts.of(CheckPage.class);
    private CheckPage() {
    }

    static Node of(WizardModel model) {
        Label destination = new Label();
        destination.setId("importDestination");
        destination.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        destination.textProperty().bind(Bindings.createStringBinding(() -> model.intoOpenProject()
                ? T.get("check.into", model.destination()) : T.get("check.new", model.destination()),
                model.fileProperty()));

        VBox summary = new VBox(4);
        summary.setId("importSummary");
        Runnable fillSummary = () -> summary.getChildren().setAll(model.summary().stream().map(Label::new).toList());
        model.summary().addListener((ListChangeListener<String>) c -> fillSummary.run());
        fillSummary.run();

        Label problemsTitle = new Label();
        problemsTitle.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        problemsTitle.textProperty().bind(Bindings.createStringBinding(() -> model.problems().isEmpty()
                ? T.get("check.noProblems") : T.get("check.problems", model.problems().size()), model.problems()));
        TableView<InputProblem> problems = new TableView<>(model.problems());
        problems.setId("importProblems");
        problems.setPlaceholder(new Label(T.get("check.ready")));
        problems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<InputProblem, String> sheet = column(T.get("column.sheet"), 110, InputProblem::sheet);
        TableColumn<InputProblem, String> message = column(T.get("column.problem"), 480,
                p -> p.message(T.locale()));
        message.setCellFactory(c -> new WrappingCell());
        problems.getColumns().setAll(java.util.List.of(
                column(T.get("column.file"), 150, InputProblem::file),
                sheet,
                column(T.get("column.row"), 60, p -> p.row() > 0 ? String.valueOf(p.row()) : ""),
                column(T.get("column.column"), 120, p -> p.column() + (p.header().isEmpty() ? "" : " (" + p.header() + ")")),
                column(T.get("column.value"), 130, p -> p.value().orElse("")),
                message));
        problems.getColumns().forEach(c -> {
            if (c != message) {
                c.setMaxWidth(c.getPrefWidth() * 1.5);
            }
        });
        // A text file has no sheets; the column would stay empty.
        sheet.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.problems().stream()
                .anyMatch(p -> !p.sheet().isEmpty()), model.problems()));
        problems.visibleProperty().bind(Bindings.isNotEmpty(model.problems()));
        problems.managedProperty().bind(problems.visibleProperty());
        VBox.setVgrow(problems, Priority.ALWAYS);

        VBox missing = new VBox(4);
        missing.setId("importStillMissing");
        Runnable fillMissing = () -> {
            missing.getChildren().clear();
            if (!model.stillMissing().isEmpty()) {
                Label title = new Label(T.get("check.stillMissing"));
                title.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
                missing.getChildren().add(title);
                model.stillMissing().forEach(m -> {
                    Label line = new Label("•  " + m);
                    line.setWrapText(true);
                    missing.getChildren().add(line);
                });
            }
        };
        model.stillMissing().addListener((ListChangeListener<String>) c -> fillMissing.run());
        fillMissing.run();

        VBox page = new VBox(12, destination, summary, problemsTitle, problems, missing);
        page.setPadding(new Insets(16));
        return page;
    }

    /** The problem in full, over as many lines as it needs. */
    private static final class WrappingCell extends javafx.scene.control.TableCell<InputProblem, String> {
        private final javafx.scene.text.Text text = new javafx.scene.text.Text();

        WrappingCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("problem-text");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            text.setText(empty || item == null ? "" : item);
            setGraphic(empty ? null : text);
        }
    }

    private static TableColumn<InputProblem, String> column(String title, double width,
                                                            Function<InputProblem, String> value) {
        TableColumn<InputProblem, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
