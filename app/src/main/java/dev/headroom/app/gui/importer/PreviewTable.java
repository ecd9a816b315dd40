package dev.headroom.app.gui.importer;

import dev.headroom.app.gui.access.Spoken;
import dev.headroom.app.gui.workspace.Texts;
import dev.headroom.io.table.SheetPreview;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The first rows of the file as a table: the row numbers, then one column per column of the sheet, titled by
 * its letter and, once a header is found, by what the mapping reads from it. The header row is marked.
 */
final class PreviewTable {

    private static final Texts T = Texts.of(PreviewTable.class);
    private PreviewTable() {
    }

    static TableView<SheetPreview.Row> of(WizardModel model, String id) {
        TableView<SheetPreview.Row> table = new TableView<>();
        table.setId(id);
        Spoken.IMPORT_PREVIEW.on(table);
        table.getStyleClass().addAll("import-preview", "dense");
        table.setPlaceholder(new Label(T.get("preview.none")));
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(SheetPreview.Row row, boolean empty) {
                super.updateItem(row, empty);
                SheetPreview p = model.previewProperty().get();
                boolean header = !empty && row != null && p != null && row.number() == p.headerRow();
                pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("header-row"), header);
            }
        });
        Runnable rebuild = () -> fill(table, model);
        model.previewProperty().addListener((o, a, b) -> rebuild.run());
        model.edits().layoutProperty().addListener((o, a, b) -> rebuild.run());
        model.edits().columns().all().forEach(c -> c.addListener((o, a, b) -> rebuild.run()));
        rebuild.run();
        return table;
    }

    private static void fill(TableView<SheetPreview.Row> table, WizardModel model) {
        SheetPreview p = model.previewProperty().get();
        if (p == null) {
            table.getColumns().clear();
            table.getItems().clear();
            return;
        }
        Map<String, String> roles = roles(model);
        TableColumn<SheetPreview.Row, String> number = new TableColumn<>(T.get("column.row"));
        number.setCellValueFactory(c -> new ReadOnlyStringWrapper(String.valueOf(c.getValue().number())));
        number.getStyleClass().add("row-number");
        number.setSortable(false);
        number.setPrefWidth(52);
        List<TableColumn<SheetPreview.Row, ?>> columns = new java.util.ArrayList<>();
        columns.add(number);
        for (int i = 0; i < p.columns().size(); i++) {
            int c = i;
            String header = c < p.headers().size() ? p.headers().get(c) : "";
            String role = roles.get(header.toLowerCase(Locale.ROOT));
            TableColumn<SheetPreview.Row, String> column = new TableColumn<>(p.columns().get(c)
                    + (role == null ? "" : " · " + role));
            column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().cell(c)));
            column.setSortable(false);
            int chars = Math.max(longest(p, c), column.getText().length());
            column.setPrefWidth(Math.max(90, Math.min(240, 8 * chars + 28)));
            if (role != null) {
                column.getStyleClass().add("mapped");
            }
            columns.add(column);
        }
        table.getColumns().setAll(columns);
        table.getItems().setAll(p.rows());
    }

    /** The header each role reads, by lower-case header: "period", "workload", … */
    private static Map<String, String> roles(WizardModel model) {
        Map<String, String> roles = new LinkedHashMap<>();
        MappingColumns c = model.edits().columns();
        put(roles, c.period().get(), T.get("role.period.lower"));
        if (model.edits().layoutProperty().get() != dev.headroom.io.usage.ImportMapping.Layout.WIDE) {
            put(roles, c.workload().get(), T.get("role.workload.lower"));
            put(roles, c.resource().get(), T.get("role.resource.lower"));
            put(roles, c.value().get(), T.get("role.usage.lower"));
            put(roles, c.unit().get(), T.get("role.unit.lower"));
            put(roles, c.pool().get(), T.get("role.pool.lower"));
        }
        return roles;
    }

    private static void put(Map<String, String> roles, String header, String role) {
        if (header != null && !header.isBlank()) {
            roles.putIfAbsent(header.strip().toLowerCase(Locale.ROOT), role);
        }
    }

    private static int longest(SheetPreview p, int column) {
        return p.rows().stream().mapToInt(r -> r.cell(column).length()).max().orElse(4);
    }
}
