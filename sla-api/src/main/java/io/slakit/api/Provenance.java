package io.slakit.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * Where a definition comes from: the seed file and the line of the SLA's title, the title as
 * written, when the text was last updated (最近更新时间), and from when it is in force.
 *
 * @param seedFile        the seed file name, e.g. {@code 002_9e8ef7e27374634f.txt}
 * @param title           the SLA's title line, as written
 * @param titleLine       where the title stands
 * @param updated         the last-updated timestamp the text prints
 * @param effective       the day the terms take effect
 * @param effectiveSource where {@code effective} comes from: a line that states it, or why the
 *                        updated date stands in for it
 */
public record Provenance(String seedFile, String title, SeedRef titleLine, LocalDateTime updated,
                         LocalDate effective, String effectiveSource) {

    public Provenance {
        Objects.requireNonNull(seedFile, "seedFile");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(titleLine, "titleLine");
        Objects.requireNonNull(updated, "updated");
        Objects.requireNonNull(effective, "effective");
        Objects.requireNonNull(effectiveSource, "effectiveSource");
        if (!seedFile.startsWith(titleLine.seed() + "_")) {
            throw new InvalidInputException("seedFile", seedFile, "is not seed " + titleLine.seed());
        }
    }
}
