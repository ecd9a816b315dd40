package dev.headroom.app.gui.importer;

import dev.headroom.io.usage.ImportMapping;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.util.function.BooleanSupplier;

/**
 * The mapping as the planner edits it: sheet, rows to skip, header row, layout, columns and decimal comma. The
 * wizard shows what the import found in the same properties; only what the planner set himself is kept when the
 * table under it moves (another sheet or header row lets the columns and layout be found again).
 */
public final class MappingEdits {
    /** Tells the wizard of an edit: whether the columns must be found again, and whether the sheet changed. */
    interface Edited {
        void edited(boolean columnsMoved, boolean sheetMoved);
    }

    private final StringProperty sheet = new SimpleStringProperty("");
    private final IntegerProperty skipRows = new SimpleIntegerProperty(0);
    private final IntegerProperty headerRow = new SimpleIntegerProperty(0);
    private final ObjectProperty<ImportMapping.Layout> layout = new SimpleObjectProperty<>(ImportMapping.Layout.AUTOMATIC);
    private final MappingColumns columns = new MappingColumns();
    private final BooleanProperty decimalComma = new SimpleBooleanProperty(false);
    private boolean layoutChosen;
    private boolean decimalCommaChosen;

    /** @param showing true while the wizard shows what was found, so that it does not count as the planner's edit */
    MappingEdits(BooleanSupplier showing, Edited edited) {
        sheet.addListener((o, was, now) -> edited.edited(true, true));
        skipRows.addListener((o, was, now) -> edited.edited(true, false));
        headerRow.addListener((o, was, now) -> edited.edited(true, false));
        layout.addListener((o, was, now) -> {
            layoutChosen |= !showing.getAsBoolean();
            edited.edited(true, false);
        });
        columns.all().forEach(c -> c.addListener((o, was, now) -> edited.edited(false, false)));
        decimalComma.addListener((o, was, now) -> {
            decimalCommaChosen |= !showing.getAsBoolean();
            edited.edited(false, false);
        });
    }

    /** The mapping as set up; what the planner left alone is found by the import. */
    ImportMapping mapping() {
        ImportMapping m = ImportMapping.automatic().withSheet(sheet.get()).withHeader(skipRows.get(), headerRow.get())
                .withLayout(layoutChosen ? layout.get() : ImportMapping.Layout.AUTOMATIC);
        m = columns.applyTo(m);
        return decimalCommaChosen ? m.withDecimalComma(decimalComma.get()) : m;
    }

    /** Everything found again, for a new file. */
    void reset() {
        sheet.set("");
        skipRows.set(0);
        headerRow.set(0);
        layout.set(ImportMapping.Layout.AUTOMATIC);
        columns.clear();
        layoutChosen = false;
        decimalCommaChosen = false;
    }

    /** After the table moved: its columns are found again; on another sheet the layout and decimal comma too. */
    void tableMoved(boolean sheetMoved) {
        columns.clear();
        if (sheetMoved) {
            layoutChosen = false;
            decimalCommaChosen = false;
        }
    }

    /** Shows what a reading found: the sheet read, the decimal comma, the layout and columns. */
    void showFound(ImportReading r) {
        if (r.preview() != null) {
            sheet.set(r.preview().sheet());
            if (!decimalCommaChosen) {
                decimalComma.set(r.imported() != null ? r.imported().mapping().decimalComma().orElse(false)
                        : r.preview().decimalComma());
            }
        }
        if (r.detected() != null) {
            layout.set(r.detected().layout());
            columns.fillFrom(r.detected());
        }
    }

    /** The sheet of a workbook; empty lets the import choose (Usage, else the first visible sheet). */
    public StringProperty sheetProperty() {
        return sheet;
    }

    public IntegerProperty skipRowsProperty() {
        return skipRows;
    }

    /** The header's row as a spreadsheet shows it; 0 lets the import find it. */
    public IntegerProperty headerRowProperty() {
        return headerRow;
    }

    public ObjectProperty<ImportMapping.Layout> layoutProperty() {
        return layout;
    }

    public MappingColumns columns() {
        return columns;
    }

    public BooleanProperty decimalCommaProperty() {
        return decimalComma;
    }
}
