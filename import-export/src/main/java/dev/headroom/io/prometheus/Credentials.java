package dev.headroom.io.prometheus;

import dev.headroom.core.model.InvalidValueException;
import dev.headroom.io.ReaderWords;

import java.util.Objects;

/**
 * How to authenticate to the server, without the secret itself: a project file keeps this, never a password or
 * token. The secret is read when a query runs, from the environment variable named here or by asking the
 * planner.
 *
 * @param kind           none, basic (user and password) or bearer (a token)
 * @param user           the user of basic authentication; empty otherwise
 * @param secretVariable the environment variable holding the password or token; empty: ask for it
 */
public record Credentials(Kind kind, String user, String secretVariable) {

    /** The authentication schemes Prometheus and the proxies in front of it use. */
    public enum Kind { NONE, BASIC, BEARER }

    /** No authentication. */
    public static final Credentials NONE = new Credentials(Kind.NONE, "", "");

    public Credentials {
        Objects.requireNonNull(kind, "kind");
        user = user == null ? "" : user.strip();
        secretVariable = secretVariable == null ? "" : secretVariable.strip();
        if (kind == Kind.BASIC && user.isEmpty()) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.basicNeedsUser"));
        }
        if (kind != Kind.BASIC && !user.isEmpty()) {
            throw new InvalidValueException(null, ReaderWords.of("prometheus.onlyBasicHasUser"));
        }
        if (kind == Kind.NONE && !secretVariable.isEmpty()) {
            throw new IllegalArgumentException("no authentication has no secret to read");
        }
        if (!secretVariable.isEmpty() && !secretVariable.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new InvalidValueException(secretVariable, ReaderWords.of("prometheus.notAVariable"));
        }
    }

    public static Credentials basic(String user, String passwordVariable) {
        return new Credentials(Kind.BASIC, user, passwordVariable);
    }

    public static Credentials bearer(String tokenVariable) {
        return new Credentials(Kind.BEARER, "", tokenVariable);
    }

    /** The secret these credentials need: a password, a token, or none. */
    public String secretName() {
        return switch (kind) {
            case NONE -> "";
            case BASIC -> "password";
            case BEARER -> "token";
        };
    }

    /**
     * The authentication with its secret: from the named environment variable, or from {@code ask} when no
     * variable is named.
     *
     * @param environment the process environment (a test passes its own)
     * @param ask         asks the planner for the secret; empty when nobody can be asked
     * @throws IllegalArgumentException naming the variable when it is not set
     */
    public PrometheusAuth resolve(java.util.Map<String, String> environment,
                                  java.util.function.Supplier<java.util.Optional<char[]>> ask) {
        if (kind == Kind.NONE) {
            return PrometheusAuth.NONE;
        }
        char[] secret;
        if (!secretVariable.isEmpty()) {
            String value = environment.get(secretVariable);
            if (value == null || value.isEmpty()) {
                throw new IllegalArgumentException("the environment variable " + secretVariable + " that should hold the "
                        + secretName() + " is not set");
            }
            secret = value.toCharArray();
        } else {
            secret = ask.get().orElseThrow(() -> new IllegalArgumentException("the " + secretName()
                    + " is needed: name an environment variable that holds it, or run where it can be asked for"));
        }
        return kind == Kind.BASIC ? PrometheusAuth.basic(user, secret) : PrometheusAuth.bearer(secret);
    }
}
