package dev.headroom.io.table;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ReaderWords;

/**
 * Where a table's header is: after {@code skipRows} rows at the top, on {@code headerRow} when it is
 * given (1-based, as a spreadsheet shows it), else on the first row that is not blank.
 */
public record TableOptions(int skipRows, int headerRow) {

    public static final TableOptions AUTOMATIC = new TableOptions(0, 0);

    public TableOptions {
        if (skipRows < 0 || headerRow < 0) {
            throw new InvalidValueException(null, ReaderWords.of("options.negativeRows"));
        }
    }
}
