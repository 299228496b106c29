package io.slakit.api;

/** Units stored in a month (disks, objects...) and how many of them lost data. */
public record DurabilityCounts(long units, long lost) {

    public DurabilityCounts {
        if (units <= 0) {
            throw new InvalidInputException("units", units, "must be at least 1");
        }
        if (lost < 0) {
            throw new InvalidInputException("lost", lost, "is negative");
        }
        if (lost > units) {
            throw new InvalidInputException("lost", lost, "is greater than units \"" + units + "\"");
        }
    }

    public static DurabilityCounts of(long units, long lost) {
        return new DurabilityCounts(units, lost);
    }

    public long intact() {
        return units - lost;
    }
}
