package dev.headroom.app.cli;

import dev.headroom.app.logging.Logs;
import dev.headroom.core.model.InputProblem;
import dev.headroom.core.model.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

/**
 * Maps what went wrong to CONTRACT §2's exit statuses, in one place: bad input and usage give 2 with one
 * line per problem; anything else gives 1 with a short message and where the log is, never a stack trace.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandler.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InvalidInputException invalid) {
            for (InputProblem problem : invalid.problems()) {
                err.println(problem);
            }
            LOG.info("bad input: {} problem(s)", invalid.problems().size());
            return ExitCodes.BAD_INPUT;
        }
        if (ex instanceof UsageException usage) {
            err.println("headroom: " + usage.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        LOG.error("internal error in '{}'", String.join(" ", parseResult.originalArgs()), ex);
        err.println("headroom: internal error: " + describe(ex));
        err.println("Details are in " + Logs.file());
        return ExitCodes.INTERNAL_ERROR;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        // A mistyped option also makes the real one "missing"; name the typo first, it is the cause.
        ParseResult parsed = cl.getParseResult();
        if (parsed != null && !parsed.unmatched().isEmpty() && !(ex instanceof CommandLine.UnmatchedArgumentException)) {
            err.println("headroom: unknown option or argument: " + String.join(" ", parsed.unmatched()));
        }
        err.println("headroom: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println("Run '" + cl.getCommandSpec().qualifiedName() + " --help' for its options.");
        }
        return ExitCodes.BAD_INPUT;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return message == null || message.isBlank() ? ex.getClass().getSimpleName() : message;
    }
}
