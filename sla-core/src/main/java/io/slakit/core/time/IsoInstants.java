package io.slakit.core.time;

import java.time.Instant;

/**
 * Strict ISO-8601 instants read without {@code java.time}'s general parser, which dominates the
 * cost of reading large inputs: {@code 2024-05-03T02:15:30Z}, {@code 2024-05-03T02:15:30+08:00},
 * with an optional fraction of up to nine digits. Anything else (other forms, years outside
 * 1678..2261) answers "not read" and the caller falls back to {@code OffsetDateTime.parse}, which
 * reads the same forms to the same instant (tested on random and edge inputs).
 */
public final class IsoInstants {
    /** What {@link #epochNanos} answers for text it does not read. */
    public static final long NOT_READ = Long.MIN_VALUE;

    private IsoInstants() {
    }

    /** The instant {@code text} names, or null when it is not in the strict form. */
    public static Instant parseOrNull(CharSequence text) {
        int n = text.length();
        if (n < 20 || n > 35) {
            return null;
        }
        byte[] bytes = new byte[n];
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return null;
            }
            bytes[i] = (byte) c;
        }
        long nanos = epochNanos(bytes, 0, n);
        return nanos == NOT_READ ? null : Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }

    /** Epoch nanoseconds of the strict ISO-8601 instant in {@code b[i, end)}, or {@link #NOT_READ}. */
    public static long epochNanos(byte[] b, int i, int end) {
        if (end - i < 20 || b[i + 4] != '-' || b[i + 7] != '-' || (b[i + 10] != 'T' && b[i + 10] != 't')
                || b[i + 13] != ':' || b[i + 16] != ':') {
            return NOT_READ;
        }
        int year = digits(b, i, 4);
        int month = digits(b, i + 5, 2);
        int day = digits(b, i + 8, 2);
        int hour = digits(b, i + 11, 2);
        int minute = digits(b, i + 14, 2);
        int second = digits(b, i + 17, 2);
        if (year < 1678 || month < 1 || month > 12 || day < 1 || day > 28 && day > lengthOfMonth(year, month)
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return NOT_READ;
        }
        int p = i + 19;
        long nanos = 0;
        if (p < end && b[p] == '.') {
            int digits = 0;
            p++;
            while (p < end && b[p] >= '0' && b[p] <= '9') {
                if (digits++ < 9) {
                    nanos = nanos * 10 + (b[p] - '0');
                }
                p++;
            }
            if (digits == 0 || digits > 9) {
                return NOT_READ;
            }
            for (int k = digits; k < 9; k++) {
                nanos *= 10;
            }
        }
        int offsetSeconds;
        if (p == end - 1 && (b[p] == 'Z' || b[p] == 'z')) {
            offsetSeconds = 0;
        } else if (p == end - 6 && (b[p] == '+' || b[p] == '-') && b[p + 3] == ':') {
            int h = digits(b, p + 1, 2);
            int m = digits(b, p + 4, 2);
            if (h < 0 || m < 0 || h > 18 || m > 59) {
                return NOT_READ;
            }
            offsetSeconds = (b[p] == '-' ? -1 : 1) * (h * 3600 + m * 60);
        } else {
            return NOT_READ;
        }
        if (year > 2261) {
            return NOT_READ;
        }
        long epochDay = epochDay(year, month, day);
        long epochSecond = epochDay * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
        return epochSecond * 1_000_000_000L + nanos;
    }
    /** Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's days_from_civil). */
    public static long epochDay(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }
    private static int lengthOfMonth(int year, int month) {
        return java.time.YearMonth.of(year, month).lengthOfMonth();
    }
    /** The decimal number in {@code b[from, from + count)}, or a negative number when a byte is not a digit. */
    public static int digits(byte[] b, int from, int count) {
        int value = 0;
        for (int k = from; k < from + count; k++) {
            int d = b[k] - '0';
            if (d < 0 || d > 9) {
                return -1_000_000;
            }
            value = value * 10 + d;
        }
        return value;
    }
}
