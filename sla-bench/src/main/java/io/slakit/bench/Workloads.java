package io.slakit.bench;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * The two fleet workloads of the benchmark, generated from a seed at any size, for May 2024 in
 * the contract's zone (Asia/Shanghai; 44,640 minutes). The same seed and size always give the
 * same fleet, whichever sink receives it.
 *
 * <ul>
 * <li><b>W1</b>, CVM incidents: per instance 0-10 incidents (5 on average), lengths from a
 * heavy-tailed (Pareto) law from seconds to 8 hours, 5 % starting inside the instance's previous
 * incident, 2 % carrying an exclusion clause; fees 10.00-5,000.00 CNY.</li>
 * <li><b>W2</b>, CDN windows: per domain 8,928 five-minute windows of request counts with a daily
 * cycle, a background error rate of 0-0.03 % and error bursts (0.1-10 %) of 1-6 windows.</li>
 * </ul>
 */
public final class Workloads {
    public static final YearMonth MONTH = YearMonth.of(2024, 5);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2024-05-01T00:00+08:00 in epoch seconds. */
    public static final long MONTH_START = LocalDateTime.of(2024, 5, 1, 0, 0).toEpochSecond(ZoneOffset.ofHours(8));
    public static final long MONTH_SECONDS = 31L * 24 * 3600;
    public static final int WINDOWS = 31 * 288;
    public static final long W1_INSTANCES = 1_000_000;
    public static final long W2_DOMAINS = 2_000;
    static final String[] EXCLUSIONS = {"force-majeure", "third-party-network", "routine-maintenance"};
    private static final long MAX_INCIDENT_SECONDS = 8 * 3600;

    private Workloads() {
    }

    /** Receives W1 as it is generated: a resource, then its incidents. */
    public interface IncidentSink {
        void resource(String id, long feeFen);

        /** {@code exclusion} is null for the provider's outage. */
        void incident(long startSecond, long endSecond, String exclusion);
    }

    /** Receives W2 as it is generated: a domain, then each of its windows in order. */
    public interface WindowSink {
        void resource(String id, long feeFen);

        void window(int index, int total, int failed);
    }

    public static String instanceId(long i) {
        return String.format("ins-%08d", i);
    }

    public static String domainId(long i) {
        return String.format("d%06d.example.com", i);
    }

    /** W1 with {@code instances} instances (1,000,000 at size 1x, about 5 incidents each), each instance's incidents by start time. */
    public static void w1(long instances, long seed, IncidentSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        long[] starts = new long[10];
        long[] ends = new long[10];
        String[] exclusions = new String[10];
        for (long i = 0; i < instances; i++) {
            sink.resource(instanceId(i), 1_000 + random.nextLong(499_001));
            int count = random.nextInt(11);
            for (int k = 0; k < count; k++) {
                long length = heavyTailedSeconds(random);
                // 5 % overlap the previous incident: they start inside it (and inside the month).
                long room = k == 0 ? 0 : Math.min(ends[k - 1] - starts[k - 1], MONTH_START + MONTH_SECONDS - starts[k - 1]);
                long start = room > 0 && random.nextInt(100) < 5
                        ? starts[k - 1] + random.nextLong(room)
                        : MONTH_START + random.nextLong(MONTH_SECONDS);
                starts[k] = start;
                ends[k] = start + length;
                exclusions[k] = random.nextInt(100) < 2 ? EXCLUSIONS[random.nextInt(EXCLUSIONS.length)] : null;
            }
            // An incident log lists an instance's incidents by start time (insertion sort: at most 10).
            for (int a = 1; a < count; a++) {
                for (int b = a; b > 0 && starts[b] < starts[b - 1]; b--) {
                    swap(starts, b);
                    swap(ends, b);
                    String e = exclusions[b];
                    exclusions[b] = exclusions[b - 1];
                    exclusions[b - 1] = e;
                }
            }
            for (int k = 0; k < count; k++) {
                sink.incident(starts[k], ends[k], exclusions[k]);
            }
        }
    }

    private static void swap(long[] values, int b) {
        long v = values[b];
        values[b] = values[b - 1];
        values[b - 1] = v;
    }

    /** Pareto(x_m = 20 s, alpha = 1.1), capped at 8 hours: median about 38 s, 1 in 7 over 5 minutes. */
    static long heavyTailedSeconds(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double seconds = 20.0 / Math.pow(u, 1.0 / 1.1);
        return Math.max(1, Math.min(MAX_INCIDENT_SECONDS, (long) Math.ceil(seconds)));
    }

    /** W2 with {@code domains} domains (2,000 at size 1x) of 8,928 windows each. */
    public static void w2(long domains, long seed, WindowSink sink) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] daily = new double[288];
        for (int k = 0; k < 288; k++) {
            daily[k] = 0.55 + 0.45 * Math.sin(2 * Math.PI * (k - 96) / 288.0);
        }
        for (long d = 0; d < domains; d++) {
            sink.resource(domainId(d), 10_000 + random.nextLong(5_000_001));
            double base = Math.exp(Math.log(50) + random.nextDouble() * (Math.log(200_000) - Math.log(50)));
            double background = random.nextDouble() * 0.0003;
            int burstLeft = 0;
            double burstRate = 0;
            for (int k = 0; k < WINDOWS; k++) {
                int total = (int) (base * daily[k % 288] * (0.8 + 0.4 * random.nextDouble()));
                if (burstLeft == 0 && random.nextInt(5000) == 0) {
                    burstLeft = 1 + random.nextInt(6);
                    burstRate = 0.001 + random.nextDouble() * 0.099;
                }
                double rate = background;
                if (burstLeft > 0) {
                    rate = burstRate;
                    burstLeft--;
                }
                int failed = (int) Math.min(total, (long) (total * rate + random.nextDouble()));
                sink.window(k, total, failed);
            }
        }
    }
}
