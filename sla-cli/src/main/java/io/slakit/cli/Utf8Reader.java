package io.slakit.cli;

import io.slakit.api.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Input text, strictly UTF-8: a byte sequence that is not UTF-8 (a Latin-1 é, a UTF-16 file, a
 * truncated sequence, an encoded surrogate) is bad input naming the source, the byte offset and the
 * line, never replaced by U+FFFD and never an internal error. A UTF-8 byte order mark at the start is
 * skipped (editors on Windows write one). At most {@code maxBytes} are read: beyond, bad input naming
 * the bound, so a runaway input cannot exhaust memory.
 */
final class Utf8Reader extends Reader {
    private final InputStream in;
    private final String name;
    private final long maxBytes;
    private final String bound;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    /** Bytes of the stream before {@code bytes.position()}. */
    private long offset;
    private long total;
    private long lines = 1;
    private boolean started;
    private boolean eof;
    private boolean done;
    /** The low surrogate of a pair when the caller asked for one char. */
    private int pending = -1;

    /** {@code bound} says what the limit is, e.g. "a month file has at most 64 MiB". */
    Utf8Reader(InputStream in, String name, long maxBytes, String bound) {
        this.in = in;
        this.name = name;
        this.maxBytes = maxBytes;
        this.bound = bound;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (done) {
            return -1;
        }
        if (pending >= 0) {
            buffer[off] = (char) pending;
            pending = -1;
            return 1;
        }
        if (len == 1) {
            // A supplementary character needs two chars: decode into a pair and hand them out one by one.
            char[] pair = new char[2];
            int n = read(pair, 0, 2);
            if (n == 2) {
                pending = pair[1];
            }
            if (n > 0) {
                buffer[off] = pair[0];
                return 1;
            }
            return n;
        }
        CharBuffer out = CharBuffer.wrap(buffer, off, len);
        while (out.position() == off) {
            if (!eof && bytes.remaining() < 4) {
                fill();
                continue;
            }
            int before = bytes.position();
            CoderResult result = decoder.decode(bytes, out, eof);
            offset += bytes.position() - before;
            if (result.isError()) {
                countLines(buffer, off, out.position());
                throw malformed(result.length());
            }
            if (result.isUnderflow() && eof && !bytes.hasRemaining()) {
                decoder.flush(out);
                done = true;
                if (out.position() == off) {
                    return -1;
                }
            }
        }
        countLines(buffer, off, out.position());
        return out.position() - off;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            total += n;
            if (total > maxBytes) {
                throw new InvalidInputException(name, "more than " + maxBytes + " bytes", "is too large: " + bound);
            }
        }
        bytes.flip();
        if (!started && (bytes.remaining() >= 3 || eof)) {
            started = true;
            skipByteOrderMark();
        }
    }

    private void skipByteOrderMark() {
        byte[] b = bytes.array();
        int p = bytes.position();
        if (bytes.remaining() >= 3 && (b[p] & 0xFF) == 0xEF && (b[p + 1] & 0xFF) == 0xBB && (b[p + 2] & 0xFF) == 0xBF) {
            bytes.position(p + 3);
            offset = 3;
        } else if (bytes.remaining() >= 2 && ((b[p] & 0xFF) == 0xFF && (b[p + 1] & 0xFF) == 0xFE
                || (b[p] & 0xFF) == 0xFE && (b[p + 1] & 0xFF) == 0xFF)) {
            throw new InvalidInputException(name + " byte 0", hex(p, 2), "is a UTF-16 byte order mark; slakit reads UTF-8 text: "
                    + "save the file as UTF-8");
        }
    }

    private void countLines(char[] buffer, int from, int to) {
        for (int i = from; i < to; i++) {
            if (buffer[i] == '\n') {
                lines++;
            }
        }
    }

    private InvalidInputException malformed(int length) {
        return new InvalidInputException(name + " byte " + offset + " (line " + lines + ")", hex(bytes.position(), Math.max(1, length)),
                "is not valid UTF-8; slakit reads UTF-8 text: save the file as UTF-8");
    }

    private String hex(int from, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < Math.min(from + length, bytes.limit()); i++) {
            text.append(text.length() == 0 ? "" : " ").append(String.format("0x%02X", bytes.array()[i] & 0xFF));
        }
        return text.toString();
    }

    /** The bytes read from the stream so far. */
    long bytesRead() {
        return total;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
