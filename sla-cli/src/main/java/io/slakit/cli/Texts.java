package io.slakit.cli;

import io.slakit.api.Edition;
import io.slakit.api.Metric;
import io.slakit.api.SlaDefinition;

import java.math.BigDecimal;
import java.util.stream.Collectors;

/** Small formatting helpers shared by the commands. */
final class Texts {
    private Texts() {
    }

    static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    /** "single-instance 99.975%, multi-az 99.995%" for one edition; editions joined with " | ". */
    static String commitments(SlaDefinition d) {
        if (!d.statesCommitment()) {
            return "no SLA stated";
        }
        return d.editions().stream().map(e -> (d.editions().size() > 1 ? e.id() + ": " : "") + metrics(e))
                .collect(Collectors.joining(" | "));
    }

    private static String metrics(Edition e) {
        if (e.metrics().isEmpty()) {
            return "no SLA";
        }
        return e.metrics().stream().map(Metric::commitment).map(c -> c + "%").distinct().collect(Collectors.joining(", "));
    }

    static String pad(String text, int width) {
        StringBuilder out = new StringBuilder(text);
        int w = displayWidth(text);
        while (w++ < width) {
            out.append(' ');
        }
        return out.toString();
    }

    /** Columns a string takes in a terminal: CJK characters take two. */
    static int displayWidth(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            width += (c >= 0x1100 && (c <= 0x115F || (c >= 0x2E80 && c <= 0xA4CF) || (c >= 0xAC00 && c <= 0xD7A3)
                    || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6))) ? 2 : 1;
        }
        return width;
    }
}
