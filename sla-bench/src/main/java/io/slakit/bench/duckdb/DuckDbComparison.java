package io.slakit.bench.duckdb;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The benchmark's two SLA rules written as DuckDB SQL, run in-process over the same CSV files the
 * slakit CLI reads, so the benchmark can time slakit against an SQL engine and check that both give
 * the same {@link FleetTotals}.
 *
 * <p>The SQL does all the work: reading the CSV with explicit column types, clipping, merging,
 * the set difference with excluded time, thresholds, rounding, tiers, credits and totals. Java
 * only computes the service month's bounds in the contract's zone (Asia/Shanghai) and builds the
 * query text. Comparisons are exact: integers and DECIMAL literals, never DOUBLE.
 *
 * <ul>
 *   <li>W1, CVM 单实例服务可用性 (seed 002 line 1285): provider incidents minus excluded time per
 *   resource; each maximal remaining outage over 60 s counts its seconds rounded up to minutes;
 *   99.975 % promised; [99, 99.975) 10 %, [95, 99) 25 %, [0, 95) 100 %.</li>
 *   <li>W2, CDN 加速域名服务可用性 (seed 002 line 13422): a 5-minute window is bad above 0.05 %
 *   errors; runs of two or more consecutive bad windows count 5 minutes each; 99.9 % promised;
 *   [99, 99.9) 10 %, [95, 99) 25 %, [0, 95) 50 %.</li>
 * </ul>
 */
public final class DuckDbComparison {
    /** The zone of both contracts' service months. */
    public static final ZoneId CONTRACT_ZONE = ZoneId.of("Asia/Shanghai");

    private static final DateTimeFormatter SQL_TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** CVM single-instance: commitment and credit table, top band first. */
    private static final CreditTable CVM = new CreditTable("99.975", new String[] {"99", "95", "0"}, new int[] {10, 25, 100});
    /** CDN availability: commitment and credit table, top band first. */
    private static final CreditTable CDN = new CreditTable("99.9", new String[] {"99", "95", "0"}, new int[] {10, 25, 50});

    private DuckDbComparison() {
    }

    /** W1: CVM single-instance availability over a CSV pair ({@code id,fee} and {@code resource,start,end,exclusion}). */
    public static FleetTotals evaluateW1(Path resourcesCsv, Path incidentsCsv, YearMonth month) throws SQLException {
        return totals(w1PerResourceSql(resourcesCsv, incidentsCsv, month), CVM);
    }

    /** W2: CDN domain availability over a CSV pair ({@code id,fee} and {@code resource,start,total,failed}). */
    public static FleetTotals evaluateW2(Path resourcesCsv, Path windowsCsv, YearMonth month) throws SQLException {
        return totals(w2PerResourceSql(resourcesCsv, windowsCsv, month), CDN);
    }

    /**
     * W1 per resource, written by DuckDB's {@code COPY} to {@code out} as CSV with header
     * {@code id,fee,total_minutes,unavailable_minutes,tier,percent,credit}, ordered by id
     * ({@code tier} empty when the commitment is met, else 0 for the top tier); for cross-checks.
     */
    public static void writeW1Rows(Path resourcesCsv, Path incidentsCsv, YearMonth month, Path out) throws SQLException {
        copy(w1PerResourceSql(resourcesCsv, incidentsCsv, month), out);
    }

    /** W2 per resource, as {@link #writeW1Rows}. */
    public static void writeW2Rows(Path resourcesCsv, Path windowsCsv, YearMonth month, Path out) throws SQLException {
        copy(w2PerResourceSql(resourcesCsv, windowsCsv, month), out);
    }

    /** The W1 per-resource query (one row per resource of {@code resourcesCsv}), for printing or EXPLAIN. */
    public static String w1PerResourceSql(Path resourcesCsv, Path incidentsCsv, YearMonth month) {
        Bounds b = Bounds.of(month);
        String downtime = """
                incidents AS (
                    SELECT resource,
                           greatest("start", %2$s) AS s,
                           least("end", %3$s) AS e,
                           CASE WHEN coalesce(exclusion, '') = '' THEN 1 ELSE 0 END AS provider
                    FROM read_csv(%1$s, header = true, auto_detect = false, delim = ',', quote = '"',
                                  columns = {'resource': 'VARCHAR', 'start': 'TIMESTAMP', 'end': 'TIMESTAMP', 'exclusion': 'VARCHAR'})
                    WHERE "start" < %3$s AND "end" > %2$s
                ),
                -- Sweep line: +1 at a start, -1 at an end, one counter for provider time, one for excluded time.
                events AS (
                    SELECT resource, s AS t, provider AS dp, 1 - provider AS dx FROM incidents
                    UNION ALL
                    SELECT resource, e AS t, -provider AS dp, provider - 1 AS dx FROM incidents
                ),
                -- The state after every event at an instant: the RANGE frame takes all rows with the same t (peers) at once,
                -- so where one span ends as another starts the -1 and +1 cancel and touching spans merge. The segment from t
                -- to the next instant is down when some provider span covers it and no excluded span does.
                depth AS (
                    SELECT resource, t, (sum(dp) OVER w > 0 AND sum(dx) OVER w = 0) AS down
                    FROM events
                    WINDOW w AS (PARTITION BY resource ORDER BY t RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)
                ),
                -- Keep the instants where the state flips (peers share one state, so at most one row per instant flips):
                -- each outage starts at a flip to down and ends at the next flip.
                flips AS (
                    SELECT resource, t, down
                    FROM (SELECT resource, t, down, lag(down, 1, false) OVER (PARTITION BY resource ORDER BY t) AS before FROM depth)
                    WHERE down <> before
                ),
                outages AS (
                    SELECT resource, down, epoch_us(lead(t) OVER (PARTITION BY resource ORDER BY t)) - epoch_us(t) AS us
                    FROM flips
                ),
                -- Outages of 60 s or less are ignored; longer ones count their seconds rounded up to minutes; capped at the month.
                downtime AS (
                    SELECT resource,
                           least(%4$d, sum(CASE WHEN us > 60000000 THEN (us + 59999999) // 60000000 ELSE 0 END))::BIGINT AS down
                    FROM outages
                    WHERE down
                    GROUP BY resource
                )""".formatted(literal(incidentsCsv), b.fromSql(), b.toSql(), b.minutes());
        return perResource(resourcesCsv, downtime, b, CVM);
    }

    /** The W2 per-resource query (one row per resource of {@code resourcesCsv}), for printing or EXPLAIN. */
    public static String w2PerResourceSql(Path resourcesCsv, Path windowsCsv, YearMonth month) {
        Bounds b = Bounds.of(month);
        String downtime = """
                -- Bad 5-minute windows: error rate above 0.05 %%, compared exactly (failed x 100 > 0.05 x total); k numbers the window.
                bad AS (
                    SELECT resource, epoch_us("start") // 300000000 AS k
                    FROM read_csv(%1$s, header = true, auto_detect = false, delim = ',', quote = '"',
                                  columns = {'resource': 'VARCHAR', 'start': 'TIMESTAMP', 'total': 'BIGINT', 'failed': 'BIGINT'})
                    WHERE total > 0 AND failed * 100 > 0.05 * total AND "start" >= %2$s AND "start" < %3$s
                ),
                -- A bad window counts when the window just before or just after it is bad too (a run of two or more);
                -- a missing window breaks a run, since its neighbours' numbers then differ by 2.
                runs AS (
                    SELECT resource, k, lag(k) OVER w AS prev, lead(k) OVER w AS next
                    FROM bad
                    WINDOW w AS (PARTITION BY resource ORDER BY k)
                ),
                downtime AS (
                    SELECT resource, least(%4$d, 5 * count(*))::BIGINT AS down
                    FROM runs
                    WHERE prev = k - 1 OR next = k + 1
                    GROUP BY resource
                )""".formatted(literal(windowsCsv), b.fromSql(), b.toSql(), b.minutes());
        return perResource(resourcesCsv, downtime, b, CDN);
    }

    /** Joins a {@code downtime(resource, down)} CTE to every resource and applies the commitment and credit table. */
    private static String perResource(Path resourcesCsv, String downtimeCtes, Bounds b, CreditTable table) {
        long t = b.minutes();
        StringBuilder tierCase = new StringBuilder("CASE WHEN (").append(t).append(" - down) * 100 >= ")
                .append(table.commitment()).append(" * ").append(t).append(" THEN NULL");
        StringBuilder percentCase = new StringBuilder("CASE tier");
        for (int i = 0; i < table.lowers().length; i++) {
            tierCase.append(" WHEN (").append(t).append(" - down) * 100 >= ").append(table.lowers()[i])
                    .append(" * ").append(t).append(" THEN ").append(i);
            percentCase.append(" WHEN ").append(i).append(" THEN ").append(table.percents()[i]);
        }
        tierCase.append(" END");
        percentCase.append(" ELSE 0 END");
        return """
                WITH
                fleet AS (
                    SELECT id, fee
                    FROM read_csv(%1$s, header = true, auto_detect = false, delim = ',', quote = '"',
                                  columns = {'id': 'VARCHAR', 'fee': 'DECIMAL(18,2)'})
                ),
                %2$s,
                measured AS (
                    SELECT f.id, f.fee, coalesce(d.down, 0)::BIGINT AS down
                    FROM fleet f LEFT JOIN downtime d ON d.resource = f.id
                ),
                -- Availability (T - down) / T against the bands, exactly: (T - down) x 100 >= percent x T.
                tiered AS (
                    SELECT id, fee, down, %3$s AS tier FROM measured
                ),
                priced AS (
                    SELECT id, fee, down, tier, %4$s AS percent FROM tiered
                )
                -- Credit: fee x percent / 100, rounded half-up to cents (DECIMAL round is half away from zero).
                SELECT id, fee, %5$d AS total_minutes, down AS unavailable_minutes, tier, percent,
                       round(fee * percent * 0.01, 2) AS credit
                FROM priced""".formatted(literal(resourcesCsv), downtimeCtes, tierCase, percentCase, t);
    }

    private static FleetTotals totals(String perResourceSql, CreditTable table) throws SQLException {
        StringBuilder sql = new StringBuilder("WITH per_resource AS (\n").append(perResourceSql).append("\n)\n")
                .append("SELECT count(*)::BIGINT AS resources, coalesce(sum(unavailable_minutes), 0)::BIGINT AS unavailable_minutes, ")
                .append("count(tier)::BIGINT AS breached");
        for (int i = 0; i < table.percents().length; i++) {
            sql.append(", count(*) FILTER (WHERE tier = ").append(i).append(")::BIGINT AS tier_").append(i);
        }
        sql.append(", coalesce(sum(credit), 0)::DECIMAL(38,2) AS total_credit FROM per_resource");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql.toString())) {
            if (!row.next()) {
                throw new SQLException("the totals query returned no row");
            }
            long[] perTier = new long[table.percents().length];
            for (int i = 0; i < perTier.length; i++) {
                perTier[i] = row.getLong(4 + i);
            }
            return new FleetTotals(row.getLong(1), row.getLong(2), row.getLong(3), perTier, row.getBigDecimal(4 + perTier.length));
        }
    }

    private static void copy(String perResourceSql, Path out) throws SQLException {
        String sql = "COPY (" + perResourceSql + "\nORDER BY id) TO " + literal(out) + " (FORMAT csv, HEADER true)";
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** A file path as an SQL string literal. */
    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }

    /** The service month [from, to) in the contract's zone, as UTC timestamps (the CSV's instants read as UTC). */
    private record Bounds(Instant from, Instant to) {
        static Bounds of(YearMonth month) {
            return new Bounds(month.atDay(1).atStartOfDay(CONTRACT_ZONE).toInstant(),
                    month.plusMonths(1).atDay(1).atStartOfDay(CONTRACT_ZONE).toInstant());
        }

        long minutes() {
            return Duration.between(from, to).toMinutes();
        }

        String fromSql() {
            return sql(from);
        }

        String toSql() {
            return sql(to);
        }

        private static String sql(Instant instant) {
            return "TIMESTAMP '" + LocalDateTime.ofInstant(instant, ZoneOffset.UTC).format(SQL_TIMESTAMP) + "'";
        }
    }

    /** A commitment and the credit bands below it, top first: band i is [lowers[i], upper) and pays percents[i] %. */
    private record CreditTable(String commitment, String[] lowers, int[] percents) {
    }

    /** Usage: {@code DuckDbComparison w1|w2 resources.csv incidents-or-windows.csv 2024-05}. */
    public static void main(String[] args) throws SQLException {
        if (args.length != 4 || !(args[0].equals("w1") || args[0].equals("w2"))) {
            System.err.println("usage: DuckDbComparison w1|w2 resources.csv incidents-or-windows.csv YYYY-MM");
            System.exit(2);
        }
        Path resources = Path.of(args[1]);
        Path events = Path.of(args[2]);
        YearMonth month = YearMonth.parse(args[3]);
        long start = System.nanoTime();
        FleetTotals totals = args[0].equals("w1") ? evaluateW1(resources, events, month) : evaluateW2(resources, events, month);
        System.out.println(totals + " in " + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
    }
}
