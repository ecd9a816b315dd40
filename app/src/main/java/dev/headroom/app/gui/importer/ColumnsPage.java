package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.io.usage.ImportMapping;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

import java.util.ArrayList;
import java.util.List;

/** Page 2: the layout and columns found, editable, beside the preview that follows each change. */
final class ColumnsPage {

    private static final Texts T = Texts.of(ColumnsPage.class);
    private ColumnsPage() {
    }

    static Node of(WizardModel model, List<Object> keep) {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.getColumnConstraints().addAll(new ColumnConstraints(100), new ColumnConstraints(220));
        int row = 0;
        ComboBox<ImportMapping.Layout> layout = new ComboBox<>();
        layout.getItems().addAll(ImportMapping.Layout.LONG, ImportMapping.Layout.WIDE);
        layout.setId("importLayout");
        layout.setConverter(new StringConverter<>() {
            @Override
            public String toString(ImportMapping.Layout l) {
                return l == null ? "" : switch (l) {
                    case LONG -> T.get("layout.long");
                    case WIDE -> T.get("layout.wide");
                    case AUTOMATIC -> T.get("layout.automatic");
                };
            }

            @Override
            public ImportMapping.Layout fromString(String s) {
                return null;
            }
        });
        layout.valueProperty().bindBidirectional(model.edits().layoutProperty());
        layout.setMaxWidth(Double.MAX_VALUE);
        form.addRow(row++, label(T.get("columns.layout")), layout);
        form.addRow(row++, label(T.get("columns.skip")), spinner("importSkipRows", model.edits().skipRowsProperty().asObject(),
                keep, T.get("columns.skip.tooltip")));
        form.addRow(row++, label(T.get("columns.header")), spinner("importHeaderRow", model.edits().headerRowProperty().asObject(),
                keep, T.get("columns.header.tooltip")));
        Label headerHint = new Label(T.get("columns.header.hint"));
        headerHint.getStyleClass().addAll(atlantafx.base.theme.Styles.TEXT_MUTED, atlantafx.base.theme.Styles.TEXT_SMALL);
        form.add(headerHint, 1, row++);
        CheckBox comma = new CheckBox(T.get("columns.decimalComma"));
        comma.setId("importDecimalComma");
        comma.selectedProperty().bindBidirectional(model.edits().decimalCommaProperty());
        form.add(comma, 0, row++, 2, 1);
        Label columnsTitle = new Label(T.get("columns.title"));
        columnsTitle.getStyleClass().add(atlantafx.base.theme.Styles.TITLE_4);
        form.add(columnsTitle, 0, row++, 2, 1);
        MappingColumns c = model.edits().columns();
        boolean[] longOnly = {false, true, true, true, true, true};
        String[] names = {T.get("role.period"), T.get("role.workload"), T.get("role.resource"), T.get("role.usage"),
                T.get("role.unit"), T.get("role.pool")};
        String[] ids = {"importPeriodColumn", "importWorkloadColumn", "importResourceColumn", "importValueColumn",
                "importUnitColumn", "importPoolColumn"};
        List<StringProperty> props = List.of(c.period(), c.workload(), c.resource(), c.value(), c.unit(), c.pool());
        for (int i = 0; i < names.length; i++) {
            ComboBox<String> box = column(model, props.get(i), ids[i]);
            if (longOnly[i]) {
                box.disableProperty().bind(model.edits().layoutProperty().isEqualTo(ImportMapping.Layout.WIDE));
            }
            form.addRow(row++, label(names[i]), box);
        }
        Label wideNote = new Label(T.get("columns.wideNote"));
        wideNote.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_MUTED);
        wideNote.setWrapText(true);
        wideNote.setMaxWidth(300);
        wideNote.visibleProperty().bind(model.edits().layoutProperty().isEqualTo(ImportMapping.Layout.WIDE));
        wideNote.managedProperty().bind(wideNote.visibleProperty());
        Spoken.labelRows(form);
        VBox left = new VBox(12, form, wideNote);
        left.setMinWidth(310);

        Node preview = PreviewTable.of(model, "importColumnsPreview");
        VBox right = new VBox(8, Problems.banner(model, false), preview);
        VBox.setVgrow(preview, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox page = new HBox(20, left, right);
        page.setPadding(new Insets(16));
        return page;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        return l;
    }

    private static Spinner<Integer> spinner(String id, ObjectProperty<Integer> value, List<Object> keep, String tip) {
        keep.add(value);
        Spinner<Integer> s = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, 100_000, value.get()));
        s.setId(id);
        s.setEditable(true);
        s.setMaxWidth(Double.MAX_VALUE);
        s.getValueFactory().valueProperty().bindBidirectional(value);
        s.setTooltip(new Tooltip(tip));
        return s;
    }

    /** A choice of the sheet's headers, with "none" for a column the file does not have. */
    private static ComboBox<String> column(WizardModel model, StringProperty value, String id) {
        ComboBox<String> box = new ComboBox<>();
        box.setId(id);
        box.setMaxWidth(Double.MAX_VALUE);
        Runnable items = () -> {
            List<String> choices = new ArrayList<>();
            choices.add("");
            choices.addAll(model.headers());
            String current = value.get();
            box.getItems().setAll(choices);
            box.setValue(current);
        };
        model.headers().addListener((ListChangeListener<String>) ch -> items.run());
        items.run();
        box.valueProperty().bindBidirectional(value);
        box.setCellFactory(l -> new NoneCell());
        box.setButtonCell(new NoneCell());
        return box;
    }

    private static final class NoneCell extends ListCell<String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.isEmpty() ? T.get("columns.none") : item);
        }
    }
}
