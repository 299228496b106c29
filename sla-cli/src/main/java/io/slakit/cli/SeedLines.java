package io.slakit.cli;

import io.slakit.api.SeedRef;
import io.slakit.core.dsl.Seeds;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The text of cited seed lines, for reports to show on hover. The seeds ship inside the CLI
 * (resources {@code io/slakit/cli/seeds/}); one pass over each seed a report cites.
 */
final class SeedLines {
    /** A hover text longer than this is cut (with an ellipsis): some lines are whole paragraphs. */
    static final int MAX_CHARS = 400;

    private SeedLines() {
    }

    /** The text of each of {@code refs} (stripped); a ref whose seed is not shipped is left out. */
    static Map<SeedRef, String> read(List<SeedRef> refs) {
        Map<String, Set<Integer>> wanted = new HashMap<>();
        refs.forEach(r -> wanted.computeIfAbsent(r.seed(), s -> new HashSet<>()).add(r.line()));
        Map<SeedRef, String> text = new HashMap<>();
        wanted.forEach((seed, lines) -> {
            String file;
            try {
                file = Seeds.file(seed);
            } catch (IllegalArgumentException unknown) {
                return;
            }
            try (InputStream in = SeedLines.class.getResourceAsStream("seeds/" + file)) {
                if (in == null) {
                    return;
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                int number = 0;
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    number++;
                    if (lines.contains(number)) {
                        String t = line.strip();
                        text.put(SeedRef.of(seed, number), t.length() > MAX_CHARS ? t.substring(0, MAX_CHARS) + "…" : t);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("seed " + file, e);
            }
        });
        return text;
    }
}
