package dev.headroom.app.cli;

/** A command was called in a way that cannot work, e.g. an output path in a folder that does not exist. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
