package io.slakit.cli;

import io.slakit.api.InvalidInputException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Lines of text with a bound on their length: a line longer than {@code maxLineChars} (a 50 MB id in
 * a CSV cell, a runaway JSON Lines record) is bad input naming the source, the line and the bound,
 * instead of being read whole into memory. Lines end at {@code \n}, {@code \r\n} or {@code \r}, as
 * {@link BufferedReader#readLine()} has them. It buffers by itself: the superclass's buffer is unused.
 */
final class LineReader extends BufferedReader {
    private final Reader in;
    private final String name;
    private final int maxLineChars;
    private final String bound;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private long line;
    private boolean skipLf;

    /** {@code bound} says what the limit is, e.g. "a CSV line has at most 1048576 characters". */
    LineReader(Reader in, String name, int maxLineChars, String bound) {
        super(in, 1);
        this.in = in;
        this.name = name;
        this.maxLineChars = maxLineChars;
        this.bound = bound;
    }

    @Override
    public String readLine() throws IOException {
        StringBuilder text = null;
        while (true) {
            if (position == limit && !fill()) {
                if (text == null) {
                    return null;
                }
                line++;
                return text.toString();
            }
            if (skipLf) {
                skipLf = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            int length = position - start + (text == null ? 0 : text.length());
            if (length > maxLineChars) {
                throw new InvalidInputException(name + " line " + (line + 1), "more than " + maxLineChars + " characters",
                        "is too long: " + bound);
            }
            if (position < limit) {
                char end = buffer[position++];
                skipLf = end == '\r';
                line++;
                String result = text == null ? new String(buffer, start, position - 1 - start)
                        : text.append(buffer, start, position - 1 - start).toString();
                return result;
            }
            if (text == null) {
                text = new StringBuilder(Math.max(16, length * 2));
            }
            text.append(buffer, start, position - start);
        }
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        if (n < 0) {
            position = limit = 0;
            return false;
        }
        position = 0;
        limit = n;
        return true;
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (skipLf && (position < limit || fill())) {
            skipLf = false;
            if (buffer[position] == '\n') {
                position++;
            }
        }
        if (position == limit && !fill()) {
            return -1;
        }
        int n = Math.min(len, limit - position);
        System.arraycopy(buffer, position, target, off, n);
        position += n;
        return n;
    }

    @Override
    public int read() throws IOException {
        char[] one = new char[1];
        return read(one, 0, 1) < 0 ? -1 : one[0];
    }

    @Override
    public boolean ready() throws IOException {
        return position < limit || in.ready();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
