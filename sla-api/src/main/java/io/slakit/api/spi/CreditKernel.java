package io.slakit.api.spi;

import io.slakit.api.CreditTier;

import java.util.List;

/**
 * A credit rule compiled for one month length and commitment into a decision table on whole
 * downtime minutes: what {@link CreditRule#compile} returns for a tier table paid as a percent of
 * its basis. The rule's own {@code decide} uses the same table whenever the availability is a
 * ratio of whole minutes.
 *
 * <p><b>Internal:</b> for slakit's fleet path; not a stable API, and it may change in any release.
 * Implementations are immutable and thread-safe.
 */
public interface CreditKernel {
    /** {@link #tierIndex} when the commitment is met. */
    int MET = -1;
    /**
     * {@link #tierIndex} when the commitment is missed but no tier of {@link #tiers()} covers the
     * availability; a rule whose table is not percents (none in {@link #tiers()}) always says so.
     */
    int NO_TIER = -2;

    /** The month's minutes the table was compiled for. */
    long totalMinutes();

    /** The most whole minutes of downtime that still meet the commitment. */
    long allowedMinutes();

    /** The tiers, from the top; {@link #tierIndex} indexes them. */
    List<CreditTier> tiers();

    /** {@link #MET}, {@link #NO_TIER} or the index of the tier {@code downMinutes} (0 to the month's minutes) falls in. */
    int tierIndex(long downMinutes);

    /**
     * The credit in minor units for a basis in minor units, the month's {@code downMinutes} and their
     * {@link #tierIndex}, rounded half up to the minor unit as the engine rounds a credit; 0 when
     * the commitment is met.
     */
    long creditMinor(long basisMinor, int tierIndex, long downMinutes);
}
