package io.slakit.cli;

import io.slakit.api.InvalidInputException;
import io.slakit.core.catalog.CatalogException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/**
 * {@code slakit}: what does the SLA owe for this month, why, and until when can it be claimed?
 * Exit codes: 0 success, 2 bad input or usage (one message on stderr naming the field, the value
 * and the rule), 1 a bug.
 */
@Command(name = "slakit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Cloud SLA arithmetic: availability, tiers, credits and claim windows, exactly as the contract says.",
        subcommands = {ProductsCommand.class, ShowCommand.class, AllowanceCommand.class, EvaluateCommand.class,
                ClaimWindowCommand.class, ClaimCommand.class, ExportCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int BUG = 1;
    public static final int BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams; returns the exit code. Used in-process by the tests. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof io.slakit.core.time.DateOutsideCalendarException outside) {
                commandLine.getErr().println("slakit: " + Escapes.oneLine(outside.getMessage()) + " with --calendar FILE");
                return BAD_INPUT;
            }
            if (e instanceof InvalidInputException bad) {
                commandLine.getErr().println("slakit: " + Escapes.oneLine(bad.getMessage()));
                return BAD_INPUT;
            }
            if (e instanceof java.io.UncheckedIOException unchecked) {
                commandLine.getErr().println("slakit: " + Escapes.oneLine(String.valueOf(unchecked.getCause().getMessage())));
                return BUG;
            }
            if (e instanceof java.io.IOException io) {
                // Reading an input or writing the report failed: the environment's fault, said plainly (exit 1, not 0).
                commandLine.getErr().println("slakit: " + Escapes.oneLine(String.valueOf(io.getMessage())));
                return BUG;
            }
            if (e instanceof CatalogException broken) {
                commandLine.getErr().println("slakit: the product catalogue is broken: " + broken.getMessage());
                return BUG;
            }
            commandLine.getErr().println("slakit: internal error (a bug; please report it with the input): " + e);
            e.printStackTrace(commandLine.getErr());
            return BUG;
        });
        int code;
        try {
            code = cli.execute(args);
        } catch (OutOfMemoryError e) {
            // The input bounds keep every accepted input within a 256 MiB heap (SECURITY.md); say so plainly if one was not.
            err.println("slakit: out of memory: the Java heap (-Xmx) is " + (Runtime.getRuntime().maxMemory() >> 20)
                    + " MiB; give the JVM more, or a month file as JSON Lines or CSV, which stream (a bug if the input was within the bounds)");
            code = BUG;
        }
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar's manifest, or the development version. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[] {"slakit " + (version == null ? "0.1.0-SNAPSHOT" : version)};
        }
    }
}
