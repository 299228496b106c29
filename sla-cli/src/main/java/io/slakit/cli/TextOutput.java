package io.slakit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A whole text written to standard output, or to {@code --out FILE} through {@link AtomicOutput} (whole or not at all). */
final class TextOutput {
    private TextOutput() {
    }

    static void write(String text, Path out, List<Path> inputs, PrintWriter stdout) throws IOException {
        if (out == null) {
            stdout.print(text);
            stdout.flush();
            if (stdout.checkError()) {
                throw new IOException("standard output: the text could not be written whole (disk full or output closed)");
            }
            return;
        }
        try (AtomicOutput output = AtomicOutput.open(out, inputs)) {
            Files.writeString(output.temp(), text, StandardCharsets.UTF_8);
            output.commit();
        }
    }
}
