package dev.headroom.io.usage;

import dev.headroom.core.model.Aggregation;
import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidInputException;
import dev.headroom.core.model.TimeSeries;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.CsvTable;
import dev.headroom.io.table.FileKind;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.ReadFailures;
import dev.headroom.io.table.SheetSource;
import dev.headroom.io.table.Table;
import dev.headroom.io.table.TableOptions;
import dev.headroom.io.table.Workbooks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Imports usage history from whatever file a planner has: .xlsx, .xlsm, .xls, .ods, or delimited text
 * (.csv, .tsv, .txt), in the long or wide layout, as an {@link ImportMapping} says or as found. Rows
 * are streamed; the roll-up keeps bounded state per series and period (see {@link UsageRollup}), so
 * memory does not grow with the number of rows.
 *
 * <p>All or nothing: either a complete {@link UsageImport}, or an {@link InvalidInputException} with
 * every problem, each naming file, sheet, row, column and value (at most {@link Problems#MAX_LISTED},
 * then a count of the rest).
 */
public final class UsageImporter {
    private static final String USAGE_SHEET = "Usage";

    private UsageImporter() {
    }

    /**
     * Imports a usage file.
     *
     * @throws InvalidInputException listing every problem found
     */
    public static UsageImport read(Path file, ImportMapping mapping, ImportOptions options) {
        Problems problems = new Problems(String.valueOf(file.getFileName()));
        if (!Files.isRegularFile(file)) {
            problems.general(Files.exists(file) ? ReaderWords.of("file.folder") : ReaderWords.of("file.missing"));
            problems.throwIfAny();
        }
        FileKind kind;
        String sha256;
        try {
            kind = FileKind.of(file);
            sha256 = SourceHash.sha256(file);
        } catch (IOException e) {
            problems.general(ReadFailures.describe(e));
            throw new InvalidInputException(problems.list());
        }
        if (kind.isWorkbook() && FileKind.namedAsText(file)) {
            problems.general(kind == FileKind.ODS ? ReaderWords.of("usage.textNamedOds")
                    : ReaderWords.of("usage.textNamedExcel", kind == FileKind.OLE2 ? ".xls" : ".xlsx"));
            problems.throwIfAny();
        }
        if (kind.isWorkbook() || kind == FileKind.OTHER_ZIP || FileKind.namedAsWorkbook(file)) {
            return fromWorkbook(file, sha256, mapping, options, problems);
        }
        Supplier<Optional<Table>> open = () -> {
            try {
                return CsvTable.open(file, tableOptions(mapping), problems);
            } catch (IOException e) {
                problems.general(ReadFailures.describe(e));
                return Optional.empty();
            }
        };
        return read(open, sha256, List.of(), mapping, options, problems);
    }

    /**
     * Imports delimited text from a stream, which is read once and closed: for text that does not come
     * from a file. The frequency must be given, as the text cannot be read twice to find it.
     *
     * @throws InvalidInputException listing every problem found
     */
    public static UsageImport readText(InputStream text, String fileName, ImportMapping mapping, ImportOptions options) {
        if (options.frequency().isEmpty()) {
            throw new IllegalArgumentException("a stream is read once: give the frequency to roll up to");
        }
        Problems problems = new Problems(fileName);
        MessageDigest digest = SourceHash.newDigest();
        DigestInputStream in = new DigestInputStream(text, digest);
        Supplier<Optional<Table>> open = () -> {
            try {
                return CsvTable.open(in, fileName, tableOptions(mapping), problems);
            } catch (IOException e) {
                problems.general(ReadFailures.describe(e));
                return Optional.empty();
            }
        };
        // The hash covers what was read, which is the whole stream unless reading stopped at a problem.
        return read(open, () -> HexFormat.of().formatHex(digest.digest()), List.of(), mapping, options, problems);
    }

    /**
     * The layout and columns an import would use on a table with these headers: the mapping with what was
     * found filled in (as {@link UsageImport#mapping()} gives it after an import), for the import wizard to
     * show before the file is read whole. Decimal comma, sheet and header rows are left as given.
     *
     * @param file the file's name, for problems
     * @throws InvalidInputException when the mapping names a column the headers do not have
     */
    public static ImportMapping detect(String file, String sheet, List<String> headers, ImportMapping mapping) {
        Problems problems = new Problems(file);
        Table table = new HeaderTable(sheet, headers);
        Optional<UsageColumns> columns = UsageColumns.find(table, mapping, problems);
        problems.throwIfAny();
        return columns.orElseThrow().resolved(mapping);
    }

    private static UsageImport fromWorkbook(Path file, String sha256, ImportMapping mapping, ImportOptions options,
                                            Problems problems) {
        Optional<SheetSource> opened = Workbooks.open(file, problems);
        if (opened.isEmpty()) {
            problems.throwIfAny();
        }
        try (SheetSource workbook = opened.get()) {
            Optional<String> sheet = chooseSheet(workbook, mapping, problems);
            if (sheet.isEmpty()) {
                problems.throwIfAny();
            }
            Supplier<Optional<Table>> open = () -> Optional.of(workbook.exactSheet(sheet.get(), tableOptions(mapping)));
            List<String> hidden = workbook.hiddenSheets().stream().filter(h -> !h.equals(sheet.get())).toList();
            return read(open, () -> sha256, hidden, mapping.withSheet(sheet.get()), options, problems);
        }
    }

    /** The mapping's sheet; else a visible sheet named Usage; else the first visible sheet. */
    private static Optional<String> chooseSheet(SheetSource workbook, ImportMapping mapping, Problems problems) {
        if (mapping.sheet().isPresent()) {
            Optional<String> named = workbook.find(mapping.sheet().get());
            if (named.isEmpty()) {
                problems.general(ReaderWords.of("usage.noSheet", mapping.sheet().get(),
                        String.join(", ", workbook.sheetNames())));
            }
            return named;
        }
        Optional<String> usage = workbook.find(USAGE_SHEET).filter(n -> !workbook.hiddenSheets().contains(n));
        Optional<String> chosen = usage.or(workbook::firstVisibleSheet);
        if (chosen.isEmpty()) {
            problems.general(workbook.sheetNames().isEmpty() ? ReaderWords.of("workbook.noSheets")
                    : ReaderWords.of("usage.allHidden"));
        }
        return chosen;
    }

    private static TableOptions tableOptions(ImportMapping mapping) {
        return new TableOptions(mapping.skipRows(), mapping.headerRow());
    }

    private static UsageImport read(Supplier<Optional<Table>> open, String sha256, List<String> hidden,
                                    ImportMapping mapping, ImportOptions options, Problems problems) {
        return read(open, () -> sha256, hidden, mapping, options, problems);
    }

    private static UsageImport read(Supplier<Optional<Table>> open, Supplier<String> sha256, List<String> hidden,
                                    ImportMapping mapping, ImportOptions options, Problems problems) {
        Optional<Frequency> frequency = options.frequency().or(() -> open.get().map(t -> {
            try (t) {
                return UsageTableReader.coarsestFrequency(t, mapping);
            }
        }));
        if (frequency.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        UsageRollup rollup = new UsageRollup(frequency.get(),
                r -> options.aggregations().getOrDefault(r, Aggregation.P95));
        Optional<Table> opened = open.get();
        if (opened.isEmpty()) {
            throw new InvalidInputException(problems.list());
        }
        try (Table table = opened.get()) {
            boolean decimalComma = mapping.decimalComma()
                    .orElse(table.dialect().map(d -> d.decimalComma()).orElse(false));
            UsageValues values = new UsageValues(r -> options.units().get(r), decimalComma);
            Optional<UsageTableReader> reader = UsageTableReader.read(table, mapping, rollup, values, problems);
            List<TimeSeries> series = rollup.series();
            if (series.isEmpty() && problems.isEmpty()) {
                problems.general(ReaderWords.of("usage.noHistory"));
            }
            problems.throwIfAny();
            UsageTableReader r = reader.orElseThrow();
            String source = table.dialect().map(d -> "CSV text, " + d.describe())
                    .orElse("sheet '" + table.sheet() + "'");
            ImportMapping resolved = r.columns().resolved(mapping)
                    .withDecimalComma(decimalComma);
            String hash = sha256.get();
            ImportSummary summary = Summaries.of(problems.file(), hash, source, resolved.layout(), frequency.get(),
                    series, values.units(), r.rowsRead(), rollup, table.blankRowsSkipped(), r.totalsRows(),
                    mapping.skipRows(), hidden);
            return new UsageImport(series, summary, resolved, hash, values.units(), r.pools());
        }
    }
}
