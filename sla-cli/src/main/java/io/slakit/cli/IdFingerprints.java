package io.slakit.cli;

/**
 * The resource ids a streamed input has given, as 64-bit fingerprints in an open-addressing table:
 * 16 bytes an id whatever its length, so that refusing an id given twice does not make memory grow
 * with the ids' text (a JSON Lines stream of long ids would otherwise exhaust the heap). Two distinct
 * ids share a fingerprint with odds of about n²/2⁶⁵ (10 million ids: 3 in a million); SECURITY.md says so.
 */
final class IdFingerprints {
    private long[] table = new long[1 << 10];
    private int size;
    private boolean zeroSeen;

    /** Adds {@code id}; false when it (or an id with its fingerprint) was added before. */
    boolean add(String id) {
        long h = fingerprint(id);
        if (h == 0) {
            boolean added = !zeroSeen;
            zeroSeen = true;
            return added;
        }
        if (size * 2 >= table.length) {
            grow();
        }
        return insert(table, h);
    }

    private boolean insert(long[] into, long h) {
        int mask = into.length - 1;
        for (int i = (int) (h ^ (h >>> 32)) & mask; ; i = (i + 1) & mask) {
            if (into[i] == 0) {
                into[i] = h;
                if (into == table) {
                    size++;
                }
                return true;
            }
            if (into[i] == h) {
                return false;
            }
        }
    }

    private void grow() {
        long[] old = table;
        table = new long[old.length * 2];
        for (long h : old) {
            if (h != 0) {
                insert(table, h);
            }
        }
    }

    /** FNV-1a over the UTF-16 units, then a 64-bit finalizer (MurmurHash3's fmix64) to spread the bits. */
    static long fingerprint(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            h ^= id.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= id.length();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
