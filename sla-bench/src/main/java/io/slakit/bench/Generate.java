package io.slakit.bench;

import java.io.IOException;
import java.nio.file.Path;

/** {@code Generate w1|w2 DIR [SCALE] [csv|jsonl]}: writes a workload's files (seed 1 for W1, 2 for W2). */
public final class Generate {
    private Generate() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: Generate w1|w2 DIR [SCALE] [csv|jsonl]");
            System.exit(2);
        }
        Path dir = Path.of(args[1]);
        long scale = args.length > 2 ? Long.parseLong(args[2]) : 1;
        boolean jsonl = args.length > 3 && args[3].equals("jsonl");
        long started = System.nanoTime();
        switch (args[0]) {
            case "w1" -> {
                if (jsonl) {
                    WorkloadFiles.w1JsonLines(dir.resolve("w1.jsonl"), Workloads.W1_INSTANCES * scale, 1);
                } else {
                    WorkloadFiles.w1Csv(dir, Workloads.W1_INSTANCES * scale, 1);
                }
            }
            case "w2" -> {
                if (jsonl) {
                    WorkloadFiles.w2JsonLines(dir.resolve("w2.jsonl"), Workloads.W2_DOMAINS * scale, 2);
                } else {
                    WorkloadFiles.w2Csv(dir, Workloads.W2_DOMAINS * scale, 2);
                }
            }
            default -> {
                System.err.println("unknown workload " + args[0]);
                System.exit(2);
            }
        }
        System.err.printf("%s x%d written to %s in %.1f s%n", args[0], scale, dir, (System.nanoTime() - started) / 1e9);
    }
}
