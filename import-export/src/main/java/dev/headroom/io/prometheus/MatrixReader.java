package dev.headroom.io.prometheus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the JSON of a {@code query_range} answer token by token with Jackson's streaming parser: a matrix of
 * thousands of series and points would take far more memory as a tree than as the arrays kept here. Fields are
 * read in any order, as the API does not promise one.
 */
final class MatrixReader {

    /** Prometheus answered, but not with a matrix of numbers: the message says what it answered instead. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message);
        }
    }

    private MatrixReader() {
    }

    static RangeResult read(JsonParser p) throws IOException, Refused {
        expect(p, p.nextToken(), JsonToken.START_OBJECT);
        String status = null;
        String errorType = "";
        String error = null;
        String resultType = null;
        List<RangeResult.Series> series = List.of();
        List<String> warnings = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            switch (field) {
                case "status" -> status = p.getValueAsString();
                case "errorType" -> errorType = p.getValueAsString("");
                case "error" -> error = p.getValueAsString();
                case "warnings" -> warnings.addAll(strings(p));
                case "data" -> {
                    expect(p, p.currentToken(), JsonToken.START_OBJECT);
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String d = p.currentName();
                        p.nextToken();
                        if (d.equals("resultType")) {
                            resultType = p.getValueAsString();
                        } else if (d.equals("result")) {
                            series = matrix(p);
                        } else {
                            p.skipChildren();
                        }
                    }
                }
                default -> p.skipChildren();
            }
        }
        if ("error".equals(status) || error != null) {
            throw new Refused((errorType.isEmpty() ? "" : errorType + ": ") + (error == null ? "no reason given" : error));
        }
        if (!"success".equals(status)) {
            throw new Refused("the answer's status is " + (status == null ? "missing" : "\"" + status + "\"")
                    + ", not success");
        }
        if (resultType != null && !resultType.equals("matrix")) {
            throw new Refused("the query gives a " + resultType + ", not series over time (a matrix); write an"
                    + " instant-vector expression");
        }
        return new RangeResult(series, warnings);
    }

    /** The {@code errorType} and {@code error} of an error answer, when the body is Prometheus's JSON. */
    static Map<String, String> error(JsonParser p) throws IOException {
        Map<String, String> found = new HashMap<>();
        if (p.nextToken() != JsonToken.START_OBJECT) {
            return found;
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken t = p.nextToken();
            if ((field.equals("error") || field.equals("errorType")) && t == JsonToken.VALUE_STRING) {
                found.put(field, p.getText());
            } else {
                p.skipChildren();
            }
        }
        return found;
    }

    private static List<RangeResult.Series> matrix(JsonParser p) throws IOException, Refused {
        expect(p, p.currentToken(), JsonToken.START_ARRAY);
        List<RangeResult.Series> series = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            Map<String, String> labels = Map.of();
            long[] millis = new long[0];
            double[] values = new double[0];
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                p.nextToken();
                switch (field) {
                    case "metric" -> labels = labels(p);
                    case "values" -> {
                        Samples s = samples(p);
                        millis = s.millis;
                        values = s.values;
                    }
                    case "histograms" -> throw new Refused("the query gives native histograms; ask for a number, e.g."
                            + " with histogram_quantile(0.95, ...) or histogram_sum(...)");
                    default -> p.skipChildren();
                }
            }
            series.add(new RangeResult.Series(labels, millis, values));
        }
        return series;
    }

    private static Map<String, String> labels(JsonParser p) throws IOException {
        Map<String, String> labels = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            labels.put(name, p.getValueAsString(""));
        }
        return labels;
    }

    private record Samples(long[] millis, double[] values) {
    }

    /** {@code [[1700000000, "1.5"], ...]}: the time in seconds (with a fraction), the value as text. */
    private static Samples samples(JsonParser p) throws IOException, Refused {
        long[] millis = new long[64];
        double[] values = new double[64];
        int n = 0;
        while (p.nextToken() == JsonToken.START_ARRAY) {
            p.nextToken();
            long at = Math.round(p.getDoubleValue() * 1000);
            p.nextToken();
            double value = value(p.getText());
            expect(p, p.nextToken(), JsonToken.END_ARRAY);
            if (n == millis.length) {
                millis = Arrays.copyOf(millis, n * 2);
                values = Arrays.copyOf(values, n * 2);
            }
            millis[n] = at;
            values[n++] = value;
        }
        return new Samples(Arrays.copyOf(millis, n), Arrays.copyOf(values, n));
    }

    /** Prometheus writes values as Go formats them: {@code 1.5}, {@code 1e+06}, {@code NaN}, {@code +Inf}. */
    private static double value(String text) throws Refused {
        return switch (text) {
            case "NaN" -> Double.NaN;
            case "+Inf", "-Inf", "Inf" -> throw new Refused("the query gives an infinite value; usage must be finite"
                    + " (a division by zero in the expression?)");
            default -> {
                try {
                    yield Double.parseDouble(text);
                } catch (NumberFormatException e) {
                    throw new Refused("the query gives \"" + text + "\", which is not a number");
                }
            }
        };
    }

    private static List<String> strings(JsonParser p) throws IOException {
        List<String> out = new ArrayList<>();
        if (p.currentToken() == JsonToken.START_ARRAY) {
            while (p.nextToken() != JsonToken.END_ARRAY) {
                out.add(p.getValueAsString(p.getText()));
            }
        } else {
            p.skipChildren();
        }
        return out;
    }

    private static void expect(JsonParser p, JsonToken found, JsonToken wanted) throws IOException {
        if (found != wanted) {
            throw new com.fasterxml.jackson.core.JsonParseException(p, "expected " + wanted + ", found " + found);
        }
    }
}
