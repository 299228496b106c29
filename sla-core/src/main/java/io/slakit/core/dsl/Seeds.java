package io.slakit.core.dsl;

import io.slakit.api.SeedRef;

import java.util.Map;

/** The seed documents definitions quote, by number. */
public final class Seeds {
    /** English IM SLA (international site). */
    public static final String IM_EN = "000";
    /** The Chinese agreements: every mainland-site SLA. */
    public static final String CN = "002";
    /** TRTC documents, with the English SLA (international site). */
    public static final String TRTC_EN = "003";

    private static final Map<String, String> FILES = Map.of(
            "000", "000_30cd3ebf7bb0e597.txt",
            "001", "001_5a69ef9ad98c0ae3.txt",
            "002", "002_9e8ef7e27374634f.txt",
            "003", "003_70e47528f041a07e.txt",
            "004", "004_f2b5fa5c3568840b.txt");

    private Seeds() {
    }

    /** The file name of a seed, e.g. {@code 002_9e8ef7e27374634f.txt}. */
    public static String file(String seed) {
        String name = FILES.get(seed);
        if (name == null) {
            throw new IllegalArgumentException("unknown seed " + seed + "; known: " + FILES.keySet());
        }
        return name;
    }

    public static SeedRef line(String seed, int line) {
        return SeedRef.of(seed, line);
    }
}
