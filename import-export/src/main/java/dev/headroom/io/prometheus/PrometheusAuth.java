package dev.headroom.io.prometheus;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The Authorization header to send, holding the secret in memory only. {@link #toString()} never shows it, so
 * that a log line or an exception message cannot leak it.
 */
public final class PrometheusAuth {
    /** No authentication. */
    public static final PrometheusAuth NONE = new PrometheusAuth(null, "none");

    private final char[] header;
    private final String described;

    private PrometheusAuth(char[] header, String described) {
        this.header = header;
        this.described = described;
    }

    /** Basic authentication (RFC 7617) with the user and password in UTF-8. */
    public static PrometheusAuth basic(String user, char[] password) {
        char[] pair = new char[user.length() + 1 + password.length];
        user.getChars(0, user.length(), pair, 0);
        pair[user.length()] = ':';
        System.arraycopy(password, 0, pair, user.length() + 1, password.length);
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(pair));
        Arrays.fill(pair, '\0');
        byte[] raw = new byte[bytes.remaining()];
        bytes.get(raw);
        String encoded = Base64.getEncoder().encodeToString(raw);
        Arrays.fill(raw, (byte) 0);
        return new PrometheusAuth(("Basic " + encoded).toCharArray(), "basic authentication as " + user);
    }

    /** A bearer token (RFC 6750). */
    public static PrometheusAuth bearer(char[] token) {
        char[] header = new char[7 + token.length];
        "Bearer ".getChars(0, 7, header, 0);
        System.arraycopy(token, 0, header, 7, token.length);
        return new PrometheusAuth(header, "a bearer token");
    }

    /** The value of the Authorization header; empty without authentication. */
    Optional<String> header() {
        return header == null ? Optional.empty() : Optional.of(new String(header));
    }

    /** What kind of authentication this is, without the secret. */
    @Override
    public String toString() {
        return described;
    }
}
