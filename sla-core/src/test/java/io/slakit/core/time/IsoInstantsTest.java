package io.slakit.core.time;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IsoInstantsTest {

    @Test
    void readsWhatJavaTimeReads() {
        Random random = new Random(3);
        for (int i = 0; i < 20_000; i++) {
            Instant instant = Instant.ofEpochSecond(-2_000_000_000L + (long) (random.nextDouble() * 6_000_000_000L),
                    random.nextInt(3) == 0 ? random.nextInt(1_000_000_000) : 0);
            ZoneOffset offset = random.nextBoolean() ? ZoneOffset.UTC : ZoneOffset.ofTotalSeconds((random.nextInt(57) - 28) * 1800);
            String text = OffsetDateTime.ofInstant(instant, offset).toString();
            Instant read = IsoInstants.parseOrNull(text);
            // Forms java.time prints without seconds ("...T10:15Z") and years outside 1678..2261 are left to it.
            boolean strict = text.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,9})?(Z|[+-]\\d\\d:\\d\\d)")
                    && Integer.parseInt(text.substring(0, 4)) >= 1678 && Integer.parseInt(text.substring(0, 4)) <= 2261;
            assertEquals(strict ? OffsetDateTime.parse(text).toInstant() : null, read, text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-03T02:15:30", "2024-05-03 02:15:30Z", "2023-02-29T00:00:00Z", "2024-05-03T02:15:30+8:00",
            "2024-05-03T02:15:30.Z", "1500-01-01T00:00:00Z", "2262-06-01T00:00:00Z", "２０２４-05-03T02:15:30Z", "2024-05-03T02:15:30+08:00:00"})
    void leavesOtherFormsToJavaTime(String text) {
        assertNull(IsoInstants.parseOrNull(text));
    }
}
