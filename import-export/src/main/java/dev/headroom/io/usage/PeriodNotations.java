package dev.headroom.io.usage;

import dev.headroom.core.model.Frequency;
import dev.headroom.core.model.InvalidValueException;
import dev.headroom.core.model.ModelWords;
import dev.headroom.core.model.Period;
import dev.headroom.core.model.Wording;
import dev.headroom.io.ReaderWords;
import dev.headroom.io.table.ObservedPeriod;
import dev.headroom.io.table.Problems;
import dev.headroom.io.table.TableCell;
import org.apache.poi.ss.usermodel.DateUtil;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads when an observation was made from every notation exports use: the period notations of
 * CONTRACT §3 ({@code 2024-03-15}, {@code 2024-W09}, {@code 2024-03}, {@code 2024-Q1}, also
 * {@code 2024Q1}, {@code Q1 2024}, {@code 2024W09}), {@code Mar 2024} / {@code March 2024},
 * {@code 2024/03/15}, {@code 20240315}, ISO timestamps with or without an offset or zone
 * ({@code 2024-03-15T10:00:00Z}, {@code 2024-03-15 10:00:00+01:00}, {@code ...[Europe/Paris]}), epoch
 * seconds (9 to 11 digits, Prometheus) and milliseconds (12 to 14 digits), Excel date cells, and
 * Excel serial numbers in the workbook's date system (1900 or 1904).
 *
 * <p>Timestamps with an offset or zone are converted to {@code zone} (UTC unless the mapping says
 * otherwise) before their day is taken; timestamps without one are taken as written.
 */
final class PeriodNotations {
    /** Excel's last date, 9999-12-31, as a 1900-system serial. */
    private static final double MAX_SERIAL = 2_958_465;
    /**
     * 1927-05-18: smaller numbers are not taken for dates, since no usage history reaches back that
     * far and a small number in a period column is a mistake (a month number, a row number).
     */
    private static final double MIN_SERIAL = 10_000;
    private static final Pattern DIGITS = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern QUARTER_FIRST = Pattern.compile("(?i)Q([1-4])[ -/]?(\\d{4})");
    private static final Pattern YEAR_SPACE_QUARTER = Pattern.compile("(?i)(\\d{4})\\s+Q([1-4])");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})(?:/(\\d{1,2}))?");
    private static final Pattern WEEK_DAY = Pattern.compile("(?i)(\\d{4})-?W(\\d{2})-?([1-7])");
    private static final Pattern MONTH_NAME = Pattern.compile("(?i)([a-z]{3,9})\\.?[ -](\\d{4})");
    private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ]\\d{1,2}:\\d{2}.*");
    private static final DateTimeFormatter MONTH_SHORT = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMM").toFormatter(Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_LONG = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("MMMM").toFormatter(Locale.ENGLISH);

    static final Wording EXPECTED = ReaderWords.of("usage.notPeriod");

    private final ZoneId zone;
    private final boolean date1904;
    /** Time-major exports repeat one period text for every series in turn; it is read once. */
    private String lastText;
    private Optional<ObservedPeriod> lastPeriod;
    private double lastNumber = Double.NaN;
    private Optional<ObservedPeriod> lastNumberPeriod;

    PeriodNotations(ZoneId zone, boolean date1904) {
        this.zone = zone;
        this.date1904 = date1904;
    }

    /** The observation's period, or empty with a problem at the cell. */
    Optional<ObservedPeriod> read(TableCell cell, Problems problems) {
        Optional<ObservedPeriod> p = switch (cell.kind()) {
            case BLANK -> {
                problems.at(cell, ReaderWords.of("cell.emptyNeeded", ReaderWords.of("need.period")));
                yield Optional.empty();
            }
            case DATE -> Optional.of(ObservedPeriod.ofDate(cell.date()));
            case NUMBER -> cachedNumber(cell.number());
            case TEXT -> {
                try {
                    yield cachedText(cell.trimmed());
                } catch (InvalidDate e) {
                    problems.at(cell, e.problem);
                    yield null;
                }
            }
            default -> Optional.empty();
        };
        if (p == null) {
            return Optional.empty();
        }
        if (p.isEmpty() && !cell.isBlank()) {
            problems.at(cell, EXPECTED);
        }
        return p;
    }

    private Optional<ObservedPeriod> cachedText(String t) {
        if (!t.equals(lastText)) {
            lastPeriod = text(t);
            lastText = t;
        }
        return lastPeriod;
    }

    private Optional<ObservedPeriod> cachedNumber(double v) {
        if (v != lastNumber) {
            lastNumberPeriod = number(v);
            lastNumber = v;
        }
        return lastNumberPeriod;
    }

    /**
     * The period of a text, or empty when it is no notation this reads.
     *
     * @throws InvalidDate when it is a notation, but of a date that does not exist ({@code 2024-13})
     */
    Optional<ObservedPeriod> text(String t) {
        if (t.length() > 64) {
            return Optional.empty();
        }
        try {
            if (DIGITS.matcher(t).matches()) {
                return digits(t);
            }
            IsoTimes.Parsed iso = IsoTimes.parse(t);
            if (iso != null) {
                return Optional.of(moment(iso.offset() == null ? iso.local()
                        : iso.local().toInstant(iso.offset()).atZone(zone).toLocalDateTime()));
            }
            if (TIMESTAMP.matcher(t).matches()) {
                return timestamp(t);
            }
            Matcher m;
            if ((m = WEEK_DAY.matcher(t)).matches()) {
                LocalDate monday = Period.parse(m.group(1) + "-W" + m.group(2)).start();
                return day(monday.plusDays(Integer.parseInt(m.group(3)) - 1L));
            }
            if ((m = QUARTER_FIRST.matcher(t)).matches() || (m = YEAR_SPACE_QUARTER.matcher(t)).matches()) {
                boolean yearFirst = m.pattern() == YEAR_SPACE_QUARTER;
                return whole(Period.parse(m.group(yearFirst ? 1 : 2) + "-Q" + m.group(yearFirst ? 2 : 1)));
            }
            if ((m = SLASHED.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(1));
                int month = Integer.parseInt(m.group(2));
                return m.group(3) == null ? whole(Period.containing(Frequency.MONTH, LocalDate.of(year, month, 1)))
                        : day(LocalDate.of(year, month, Integer.parseInt(m.group(3))));
            }
            if ((m = MONTH_NAME.matcher(t)).matches()) {
                int year = Integer.parseInt(m.group(2));
                return monthName(m.group(1)).map(month -> ObservedPeriod.of(
                        Period.containing(Frequency.MONTH, LocalDate.of(year, month, 1))));
            }
            return whole(Period.parse(t));
        } catch (DateTimeException e) {
            throw new InvalidDate(ModelWords.of("period.invalidDate", e.getMessage()));
        } catch (IllegalArgumentException e) {
            String m = String.valueOf(e.getMessage());
            String quoted = "\"" + t + "\" ";
            if (m.startsWith(quoted) && !m.contains("is not a period")) {
                throw new InvalidDate(e instanceof InvalidValueException v && t.equals(v.value()) ? v.problem()
                        : Wording.literal(m.substring(quoted.length())));
            }
            if (m.startsWith("week ")) {
                throw new InvalidDate(ReaderWords.of("usage.invalidWeek", m));
            }
            return Optional.empty();
        }
    }

    /** A text in a period notation naming a date that does not exist. */
    static final class InvalidDate extends RuntimeException {
        private final transient Wording problem;

        InvalidDate(Wording problem) {
            super(problem.english(), null, false, false);
            this.problem = problem;
        }
    }

    private static Optional<Integer> monthName(String name) {
        for (DateTimeFormatter f : new DateTimeFormatter[] {MONTH_SHORT, MONTH_LONG}) {
            try {
                return Optional.of(f.parse(name).get(ChronoField.MONTH_OF_YEAR));
            } catch (DateTimeParseException e) {
                // try the other spelling
            }
        }
        return Optional.empty();
    }

    /** 8 digits a compact date, 9-11 epoch seconds, 12-14 epoch milliseconds, fewer an Excel serial. */
    private Optional<ObservedPeriod> digits(String t) {
        int point = t.indexOf('.');
        int whole = point < 0 ? t.length() : point;
        if (whole == 8 && point < 0) {
            return day(LocalDate.parse(t, DateTimeFormatter.BASIC_ISO_DATE));
        }
        double v = Double.parseDouble(t);
        if (whole >= 9 && whole <= 14) {
            long millis = whole <= 11 ? Math.round(v * 1000) : Math.round(v);
            return Optional.of(moment(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone)));
        }
        return whole < 8 ? serial(v) : Optional.empty();
    }

    private Optional<ObservedPeriod> number(double v) {
        if (v >= 1e9 && v < 1e14) {
            long millis = v < 1e11 ? Math.round(v * 1000) : Math.round(v);
            return Optional.of(moment(LocalDateTime.ofInstant(Instant.ofEpochMilli(millis), zone)));
        }
        if (v >= 19_000_101 && v <= 99_991_231 && v == Math.rint(v)) {
            return text(Long.toString((long) v));
        }
        return serial(v);
    }

    /** An Excel serial: whole days since the workbook's epoch, a fraction for the time of day. */
    private Optional<ObservedPeriod> serial(double v) {
        if (!(v >= MIN_SERIAL && v <= MAX_SERIAL)) {
            return Optional.empty();
        }
        LocalDateTime at = DateUtil.getLocalDateTime(v, date1904, true);
        return Optional.of(v == Math.rint(v) ? ObservedPeriod.ofDate(at) : moment(at));
    }

    private Optional<ObservedPeriod> timestamp(String t) {
        String iso = t.replaceFirst(" ", "T").replace(" ", "");
        try {
            return Optional.of(moment(ZonedDateTime.parse(iso, DateTimeFormatter.ISO_ZONED_DATE_TIME)
                    .withZoneSameInstant(zone).toLocalDateTime()));
        } catch (DateTimeParseException e) {
            try {
                return Optional.of(moment(OffsetDateTime.parse(iso).atZoneSameInstant(zone).toLocalDateTime()));
            } catch (DateTimeParseException e2) {
                return Optional.of(moment(LocalDateTime.parse(iso)));
            }
        }
    }

    /** A moment in time: always a sample within a period, even at midnight. */
    private static ObservedPeriod moment(LocalDateTime at) {
        return new ObservedPeriod(Period.containing(Frequency.DAY, at.toLocalDate()), at, true);
    }

    private static Optional<ObservedPeriod> day(LocalDate d) {
        return Optional.of(ObservedPeriod.of(Period.containing(Frequency.DAY, d)));
    }

    private static Optional<ObservedPeriod> whole(Period p) {
        return Optional.of(ObservedPeriod.of(p));
    }
}
