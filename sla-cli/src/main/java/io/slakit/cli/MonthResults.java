package io.slakit.cli;

import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;

import java.util.ArrayList;
import java.util.List;

/**
 * A report writer that keeps what {@code evaluate} computed, for the commands that read it back
 * ({@code claim}, {@code allowance --so-far}) instead of printing it. Holds every resource: these
 * commands read month files, not fleets.
 */
final class MonthResults implements ReportWriter {
    /** One evaluated resource with its input. */
    record Evaluated(ResourceReport report, ResourceMonth input) {
    }

    private Header header;
    private final List<Evaluated> resources = new ArrayList<>();

    @Override
    public void start(Header h) {
        this.header = h;
    }

    @Override
    public void resource(ResourceReport report, ResourceMonth input) {
        resources.add(new Evaluated(report, input));
    }

    @Override
    public void finish(Money total, long count) {
    }

    Header header() {
        return header;
    }

    List<Evaluated> resources() {
        return List.copyOf(resources);
    }

    List<ResourceMonth> inputs() {
        return resources.stream().map(Evaluated::input).toList();
    }
}
