package vn.thidua.shared.api;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.InputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A body sent without a declared length is counted while it is read and stopped at the cap. */
class ApiRequestLimitsTest {

    @Test
    void aBodyUpToTheCapReadsWhole() throws Exception {
        byte[] body = new byte[100];
        try (InputStream in = new ApiRequestLimits.Bounded(new ByteArrayInputStream(body), 100)) {
            assertArrayEquals(body, in.readAllBytes());
        }
    }

    @Test
    void oneByteMoreIsRefusedWhetherReadInBlocksOrByteByByte() {
        assertThrows(ApiRequestLimits.TooLarge.class,
                () -> new ApiRequestLimits.Bounded(new ByteArrayInputStream(new byte[101]), 100).readAllBytes());
        assertThrows(ApiRequestLimits.TooLarge.class, () -> {
            InputStream in = new ApiRequestLimits.Bounded(new ByteArrayInputStream(new byte[101]), 100);
            while (in.read() >= 0) {
                // reading on until the cap stops it
            }
        });
    }
}
