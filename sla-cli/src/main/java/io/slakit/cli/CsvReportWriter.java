package io.slakit.cli;

import io.slakit.api.Availability;
import io.slakit.api.CreditTier;
import io.slakit.api.Metric;
import io.slakit.api.MetricResult;
import io.slakit.api.Money;
import io.slakit.api.ResourceMonth;
import io.slakit.api.ResourceReport;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * {@code --format csv}: one row per resource, {@code id,fee,credit} and, for each metric of the
 * edition, {@code METRIC.unavailable_minutes}, {@code METRIC.availability} (percent, 6 decimals,
 * half-even) and {@code METRIC.tier} ({@code met}, the band in interval notation, {@code no tier}
 * when missed above every band, empty when not evaluated), and for a metric that checks deadlines
 * {@code METRIC.late_items} (the count of missed deadlines); where the text counts claim windows per resource,
 * {@code claim.opens_on} and {@code claim.closes_on} last (empty when the resource's service year does not end in
 * the month), and the summary says so. The totals go to standard error, so the
 * file stays one table. Written from engine reports or straight from fleet decisions.
 */
final class CsvReportWriter implements ReportWriter {
    private final Sink sink;
    private final PrintWriter summary;
    private List<Metric> metrics = List.of();
    /** Units other than money the edition pays in, each a {@code credit.UNIT} column after {@code credit}; none for money-only products. */
    private List<io.slakit.api.CreditUnit> units = List.of();
    private long breached;
    /** Whether claim windows are per resource (the last two columns); other definitions' rows are as they were. */
    private boolean claimColumns;

    CsvReportWriter(Sink sink, PrintWriter summary) {
        this.sink = sink;
        this.summary = summary;
    }

    /** Buffered ASCII output, flushed into a stream or a writer. */
    static final class Sink {
        private final OutputStream stream;
        private final PrintWriter writer;
        private final byte[] buffer = new byte[1 << 16];
        private int size;

        Sink(OutputStream stream) {
            this.stream = stream;
            this.writer = null;
        }

        Sink(PrintWriter writer) {
            this.stream = null;
            this.writer = writer;
        }

        Sink text(String text) {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                put(b);
            }
            return this;
        }

        Sink put(char c) {
            put((byte) c);
            return this;
        }

        Sink number(long value) {
            if (value < 0) {
                put((byte) '-');
                if (value == Long.MIN_VALUE) {
                    return text("9223372036854775808");
                }
                value = -value;
            }
            if (value >= 10) {
                number(value / 10);
            }
            put((byte) ('0' + value % 10));
            return this;
        }

        /** {@code units / 10^decimals} in plain notation. */
        Sink decimal(long units, int decimals) {
            if (decimals == 0) {
                return number(units);
            }
            if (units < 0) {
                put((byte) '-');
                units = -units;
            }
            long scale = 1;
            for (int i = 0; i < decimals; i++) {
                scale *= 10;
            }
            number(units / scale);
            put((byte) '.');
            long fraction = units % scale;
            for (long digit = scale / 10; digit > 0; digit /= 10) {
                put((byte) ('0' + fraction / digit % 10));
            }
            return this;
        }

        private void put(byte b) {
            if (size == buffer.length) {
                flush();
            }
            buffer[size++] = b;
        }

        void flush() {
            if (stream != null) {
                try {
                    stream.write(buffer, 0, size);
                    stream.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                writer.write(new String(buffer, 0, size, StandardCharsets.UTF_8));
                writer.flush();
            }
            size = 0;
        }
    }

    @Override
    public void start(Header header) {
        claimColumns = PerResourceClaims.applies(header.definition());
        start(header.definition().edition(header.edition()).map(io.slakit.api.Edition::metrics).orElse(List.of()));
    }

    /** Takes the edition's metrics as columns without writing the header row (a part of a report written in parallel). */
    void continueWith(List<Metric> editionMetrics) {
        this.metrics = editionMetrics;
        this.units = unitsOf(editionMetrics);
    }

    long breached() {
        return breached;
    }

    void addBreached(long more) {
        breached += more;
    }

    /** Writes what the sink holds. */
    void flush() {
        sink.flush();
    }

    private static List<io.slakit.api.CreditUnit> unitsOf(List<Metric> editionMetrics) {
        return editionMetrics.stream().map(m -> m.credit().unit()).flatMap(Optional::stream).distinct().toList();
    }

    void start(List<Metric> editionMetrics) {
        this.metrics = editionMetrics;
        this.units = unitsOf(editionMetrics);
        sink.text("id,fee,credit");
        for (io.slakit.api.CreditUnit unit : units) {
            sink.text(",credit.").text(unit.code());
        }
        for (Metric metric : metrics) {
            sink.put(',').text(metric.id()).text(".unavailable_minutes,").text(metric.id()).text(".availability,")
                    .text(metric.id()).text(".tier");
            if (metric.measurement().readsTickets()) {
                sink.put(',').text(metric.id()).text(".late_items");
            }
        }
        if (claimColumns) {
            sink.text(",claim.opens_on,claim.closes_on");
        }
        sink.put('\n');
    }

    @Override
    public void resource(ResourceReport report, ResourceMonth input) {
        cell(report.id()).put(',').text(report.fee().rounded().amount().toPlainString()).put(',')
                .text(report.credit().rounded().amount().toPlainString());
        for (io.slakit.api.CreditUnit unit : units) {
            sink.put(',').text(report.usageCredit(unit).map(io.slakit.api.UsageCredit::plainAmount).orElse("0"));
        }
        boolean missed = false;
        for (Metric metric : metrics) {
            Optional<MetricResult> result = report.metrics().stream().filter(r -> r.metric().equals(metric.id())).findFirst();
            if (result.isEmpty()) {
                sink.text(metric.measurement().readsTickets() ? ",,,," : ",,,");
                continue;
            }
            MetricResult r = result.get();
            missed |= !r.met();
            sink.put(',').text(r.unavailableMinutes().map(BigDecimal::toPlainString).orElse("")).put(',')
                    .text(r.availability().display(6).toPlainString()).put(',')
                    .text(tier(r.met(), r.tier()));
            if (metric.measurement().readsTickets()) {
                sink.put(',').text(r.lateItems().map(items -> String.valueOf(items.size())).orElse(""));
            }
        }
        if (claimColumns) {
            sink.put(',').text(report.claim().map(w -> w.opensOn().toString()).orElse("")).put(',')
                    .text(report.claim().map(w -> w.closesOn().toString()).orElse(""));
        }
        sink.put('\n');
        breached += missed ? 1 : 0;
    }

    /** A row from fleet decisions: the plan's metric is {@code metricIndex} of the edition's; other metrics were not evaluated. */
    void fleetRow(String id, long feeMinor, long creditMinor, int digits, int metricIndex, long downMinutes, long totalMinutes,
                  String tierText) {
        cell(id).put(',').decimal(feeMinor, digits).put(',').decimal(creditMinor, digits);
        for (int u = 0; u < units.size(); u++) {
            sink.put(',');
        }
        for (int m = 0; m < metrics.size(); m++) {
            if (m != metricIndex) {
                sink.text(metrics.get(m).measurement().readsTickets() ? ",,,," : ",,,");
                continue;
            }
            sink.put(',').number(downMinutes).put(',').decimal(percentMicros(totalMinutes - downMinutes, totalMinutes), 6).put(',')
                    .text(tierText);
        }
        if (claimColumns) {
            sink.text(",,");
        }
        sink.put('\n');
    }

    /** {@code available / total} as a percent in millionths, rounded half-even, exactly as {@link Availability#display(int) display(6)}. */
    static long percentMicros(long available, long total) {
        long numerator = Math.multiplyExact(available, 100_000_000L);
        long quotient = numerator / total;
        long twice = 2 * (numerator % total);
        if (twice > total || twice == total && (quotient & 1) == 1) {
            quotient++;
        }
        return quotient;
    }

    static String tier(boolean met, Optional<CreditTier> tier) {
        return met ? "met" : tier.map(t -> "\"" + t.band() + "\"").orElse("no tier");
    }

    private Sink cell(String text) {
        return sink.text(Escapes.csv(text));
    }

    void countBreached(boolean missed) {
        breached += missed ? 1 : 0;
    }

    @Override
    public void finish(Money totalCredit, long resources) {
        sink.flush();
        // PrintWriter swallows write errors (a full disk, a closed pipe): fail before the totals say all went well.
        if (sink.writer != null && sink.writer.checkError()) {
            throw new java.io.UncheckedIOException(new java.io.IOException(
                    "standard output: the report could not be written whole (disk full or output closed)"));
        }
        summary.printf("slakit: %,d resources evaluated, %,d missed a commitment, total credit %s%s%n", resources, breached,
                totalCredit.rounded(), claimColumns ? "; " + PerResourceClaims.TOTAL.replace("see each resource", "columns claim.opens_on, "
                        + "claim.closes_on") : "");
        summary.flush();
    }
}
