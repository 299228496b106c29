package io.slakit.bench;

/**
 * The physical floor for reading input: one thread summing a 512 MiB array sequentially, the best
 * of five passes. Reading a file's bytes from memory cannot beat this rate on this machine.
 */
public final class MemoryBandwidth {
    private static volatile long sink;

    private MemoryBandwidth() {
    }

    public static double measureGigabytesPerSecond() {
        long[] data = new long[64 << 20];
        for (int i = 0; i < data.length; i++) {
            data[i] = i;
        }
        double best = 0;
        for (int pass = 0; pass < 6; pass++) {
            long started = System.nanoTime();
            long sum = 0;
            for (long value : data) {
                sum += value;
            }
            long nanos = System.nanoTime() - started;
            sink = sum;
            if (pass > 0) {
                best = Math.max(best, data.length * 8.0 / nanos);
            }
        }
        return best;
    }

    public static void main(String[] args) {
        System.out.printf("%.1f GB/s%n", measureGigabytesPerSecond());
    }
}
