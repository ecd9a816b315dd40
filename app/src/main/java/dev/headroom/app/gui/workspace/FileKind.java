package dev.headroom.app.gui.workspace;

import java.util.List;

/** The kinds of file the window asks for, with the extensions its file choosers offer. */
public enum FileKind {
    PROJECT("Headroom projects", List.of("*.headroom")),
    PLANNING_WORKBOOK("Planning workbooks", List.of("*.xlsx", "*.xlsm", "*.xls", "*.ods")),
    USAGE("Usage spreadsheets and CSV", List.of("*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.csv", "*.tsv", "*.txt")),
    /** Anything the window can open: a project, a planning workbook or usage history. */
    ANY_OPENABLE("Projects, workbooks and CSV",
            List.of("*.headroom", "*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.csv", "*.tsv", "*.txt")),
    PLAN_WORKBOOK("Excel workbooks", List.of("*.xlsx")),
    PDF("PDF documents", List.of("*.pdf")),
    JSON("JSON", List.of("*.json"));

    private final String description;
    private final List<String> patterns;

    FileKind(String description, List<String> patterns) {
        this.description = description;
        this.patterns = patterns;
    }

    public String description() {
        return description;
    }

    /** Glob patterns such as {@code *.xlsx}; the first is the extension given to a new file. */
    public List<String> patterns() {
        return patterns;
    }

    /** The extension a file of this kind gets when the person types a name without one, e.g. ".xlsx". */
    public String defaultExtension() {
        return patterns.getFirst().substring(1);
    }
}
