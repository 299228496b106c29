package io.slakit.testkit;

import io.slakit.api.SeedRef;
import io.slakit.core.dsl.Seeds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The seed texts, found by walking up from the working directory to a folder holding
 * {@code seeds/README.md} (the repository's copy) or {@code shared/seeds}. Not finding them is an
 * error: provenance is checked, never skipped.
 */
public final class SeedTexts {
    private static final Map<String, List<String>> CACHE = new ConcurrentHashMap<>();

    private SeedTexts() {
    }

    public static Path folder() {
        Path dir = Path.of("").toAbsolutePath();
        for (Path p = dir; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("seeds").resolve("README.md"))) {
                return p.resolve("seeds");
            }
            if (Files.isDirectory(p.resolve("shared").resolve("seeds"))) {
                return p.resolve("shared").resolve("seeds");
            }
        }
        throw new IllegalStateException("no seeds/ folder found above " + dir + ": the testkit checks provenance against the seed texts");
    }

    /** The text of one line, 1-based. */
    public static String line(SeedRef ref) {
        List<String> lines = CACHE.computeIfAbsent(ref.seed(), seed -> {
            try {
                return Files.readAllLines(folder().resolve(Seeds.file(seed)), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (ref.line() > lines.size()) {
            throw new IllegalArgumentException(ref + " is past the end of the seed (" + lines.size() + " lines)");
        }
        return lines.get(ref.line() - 1);
    }

    /** Lines {@code ref - before} to {@code ref + after}, joined: PDF extraction splits sentences over lines. */
    public static String around(SeedRef ref, int before, int after) {
        StringBuilder out = new StringBuilder();
        for (int l = Math.max(1, ref.line() - before); l <= ref.line() + after; l++) {
            try {
                out.append(line(SeedRef.of(ref.seed(), l)));
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        return out.toString();
    }
}
