package io.slakit.cli;

import io.slakit.api.InvalidInputException;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * The {@code --out} file, written whole or not at all: the report goes to a temporary file beside
 * the target and replaces it only when the run succeeds, so a failed run never destroys the previous
 * report or leaves half of a new one. An output that is one of the inputs is refused before anything
 * is read.
 */
final class AtomicOutput implements Closeable {
    private final Path target;
    private final Path temp;
    private boolean committed;

    private final boolean direct;
    private final Thread cleanup;

    private AtomicOutput(Path target, Path temp, boolean direct) {
        this.target = target;
        this.temp = temp;
        this.direct = direct;
        this.cleanup = new Thread(() -> {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // the JVM is exiting: nothing more can be done
            }
        }, "slakit-partial-report-cleanup");
    }

    /** Checks {@code target} against the inputs and opens a temporary file beside it. */
    static AtomicOutput open(Path target, List<Path> inputs) throws IOException {
        Objects.requireNonNull(target, "target");
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new InvalidInputException("--out", target, "is a directory; name a file");
        }
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("--out", target, "is in a folder that does not exist");
        }
        if (!Files.isWritable(folder)) {
            throw new InvalidInputException("--out", target, "is in a folder this user cannot write to");
        }
        if (Files.exists(absolute) && !Files.isWritable(absolute)) {
            throw new InvalidInputException("--out", target, "is a file this user cannot write to");
        }
        for (Path input : inputs) {
            if (input != null && Files.exists(absolute) && Files.exists(input) && Files.isSameFile(absolute, input)) {
                throw new InvalidInputException("--out", target, "is an input of this run; writing the report there would destroy it");
            }
        }
        if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
            // A device or a pipe (/dev/full, /dev/stdout, a FIFO): nothing to replace atomically, and replacing it would
            // put a regular file where the device was. The report is written to it directly; a write error still fails the run.
            return new AtomicOutput(target, target, true);
        }
        Path temp = folder.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(new java.security.SecureRandom().nextLong())
                + ".partial");
        AtomicOutput output = new AtomicOutput(target, temp, false);
        // An interrupted run (Ctrl-C, SIGTERM) leaves no partial file either: the hook is in place before the file exists.
        Runtime.getRuntime().addShutdownHook(output.cleanup);
        try {
            Files.createFile(temp);
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
        return output;
    }

    /** Where the report is written until {@link #commit()}. */
    Path temp() {
        return temp;
    }

    /** Replaces the target with the finished report. */
    void commit() throws IOException {
        if (direct) {
            committed = true;
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    /** Deletes the temporary file unless the report was committed: the target is as it was. */
    @Override
    public void close() {
        if (direct) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException exiting) {
            // already shutting down: the hook deletes the file
        }
        if (!committed) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                throw new UncheckedIOException("could not delete the unfinished report " + temp, e);
            }
        }
    }
}
