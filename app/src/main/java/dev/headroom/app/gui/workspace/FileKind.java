package dev.headroom.app.gui.workspace;

import java.util.List;

/** The kinds of file the window asks for, with the extensions its file choosers offer. */
public enum FileKind {
    PROJECT(List.of("*.headroom")),
    PLANNING_WORKBOOK(List.of("*.xlsx", "*.xlsm", "*.xls", "*.ods")),
    USAGE(List.of("*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.csv", "*.tsv", "*.txt")),
    /** Anything the window can open: a project, a planning workbook or usage history. */
    ANY_OPENABLE(List.of("*.headroom", "*.xlsx", "*.xlsm", "*.xls", "*.ods", "*.csv", "*.tsv", "*.txt")),
    PLAN_WORKBOOK(List.of("*.xlsx")),
    PDF(List.of("*.pdf")),
    JSON(List.of("*.json"));

    private static final Texts T = Texts.of(FileKind.class);

    private final List<String> patterns;

    FileKind(List<String> patterns) {
        this.patterns = patterns;
    }

    /** What the file chooser calls files of this kind, in the window's language. */
    public String description() {
        return T.get("files." + name().toLowerCase(java.util.Locale.ROOT));
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
