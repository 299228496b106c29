package io.slakit.products.compute;

/** Readings shared by the ECM and TEZ definitions. */
final class FleetNotes {
    static final String EDGE_FLEET = "Availability is fleet-wide (1.2): month minutes x the number of instances, against the sum of "
            + "every instance's unavailable minutes. One resource stands for the account's instances, units = the instance count, and "
            + "each incident's scope names the instance it hit. An instance used for less than the whole month is not in the count "
            + "(1.2): leave it and its incidents out of the resource.";
    static final String EDGE_THRESHOLD = "\"持续5分钟以上或更长时间，计该时长\" (1.3): an outage of 5 minutes or more counts for its "
            + "duration, one shorter is ignored. The text gives no rounding; the reading chosen counts the exact duration (\"该时长\").";

    private FleetNotes() {
    }
}
