package dev.headroom.app.cli;

/** The exit statuses of CONTRACT §2. */
final class ExitCodes {
    static final int DONE = 0;
    static final int INTERNAL_ERROR = 1;
    static final int BAD_INPUT = 2;

    private ExitCodes() {
    }
}
