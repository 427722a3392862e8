package vn.thidua.pledge.document;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A minimal QR Code (ISO/IEC 18004) encoder: byte mode, error correction level M, versions 1 to 40, best mask by the
 * standard penalty rules.
 *
 * <p>Why our own: OpenPDF 1.4.2 has no {@code BarcodeQRCode} (that class needs ZXing, which the project does not
 * carry), and a verification URL needs nothing more than byte mode. The algorithm follows the public description of
 * the standard (and the structure of Project Nayuki's reference implementation).
 */
final class QrCode {

    // Level M only: enough redundancy for a printed and photocopied page, smaller than Q/H for a URL.
    private static final int[] ECC_CODEWORDS_PER_BLOCK_M = {-1,
        10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26,
        26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28};
    private static final int[] NUM_ERROR_CORRECTION_BLOCKS_M = {-1,
        1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16,
        17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49};
    /** Format information bits of level M. */
    private static final int ECC_FORMAT_BITS_M = 0;

    private final int version;
    private final int size;
    private final boolean[][] modules;
    private final boolean[][] isFunction;

    private QrCode(int version) {
        this.version = version;
        this.size = version * 4 + 17;
        this.modules = new boolean[size][size];
        this.isFunction = new boolean[size][size];
    }

    /** Encodes the text as UTF-8 bytes in the smallest version that fits. */
    static QrCode encode(String text) {
        byte[] data = text.getBytes(StandardCharsets.UTF_8);
        for (int version = 1; version <= 40; version++) {
            int countBits = version <= 9 ? 8 : 16;
            int capacityBits = numDataCodewords(version) * 8;
            if (4 + countBits + data.length * 8 <= capacityBits) {
                return build(version, data, countBits, capacityBits);
            }
        }
        throw new IllegalArgumentException("Text too long for a QR code: " + data.length + " bytes");
    }

    /** Side length in modules (without the quiet zone). */
    int size() {
        return size;
    }

    int version() {
        return version;
    }

    /** True for a dark module; x is the column, y the row. */
    boolean isDark(int x, int y) {
        return modules[y][x];
    }

    private static QrCode build(int version, byte[] data, int countBits, int capacityBits) {
        BitBuffer bits = new BitBuffer(capacityBits);
        bits.append(0b0100, 4); // byte mode
        bits.append(data.length, countBits);
        for (byte b : data) {
            bits.append(b & 0xFF, 8);
        }
        bits.append(0, Math.min(4, capacityBits - bits.length)); // terminator
        bits.append(0, (8 - bits.length % 8) % 8);
        for (int pad = 0xEC; bits.length < capacityBits; pad ^= 0xEC ^ 0x11) {
            bits.append(pad, 8);
        }
        byte[] dataCodewords = bits.toBytes();

        QrCode qr = new QrCode(version);
        qr.drawFunctionPatterns();
        qr.drawCodewords(qr.addEccAndInterleave(dataCodewords));
        int bestMask = 0;
        int bestPenalty = Integer.MAX_VALUE;
        for (int mask = 0; mask < 8; mask++) {
            qr.applyMask(mask);
            qr.drawFormatBits(mask);
            int penalty = qr.penalty();
            if (penalty < bestPenalty) {
                bestMask = mask;
                bestPenalty = penalty;
            }
            qr.applyMask(mask); // XOR again undoes it
        }
        qr.applyMask(bestMask);
        qr.drawFormatBits(bestMask);
        return qr;
    }

    // ---- function patterns

    private void drawFunctionPatterns() {
        for (int i = 0; i < size; i++) {
            setFunction(6, i, i % 2 == 0);
            setFunction(i, 6, i % 2 == 0);
        }
        drawFinder(3, 3);
        drawFinder(size - 4, 3);
        drawFinder(3, size - 4);
        int[] align = alignmentPositions();
        int n = align.length;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                boolean nearFinder = (i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0);
                if (!nearFinder) {
                    drawAlignment(align[i], align[j]);
                }
            }
        }
        drawFormatBits(0); // reserves the area; redrawn with the real mask
        drawVersion();
    }

    private void drawFinder(int cx, int cy) {
        for (int dy = -4; dy <= 4; dy++) {
            for (int dx = -4; dx <= 4; dx++) {
                int dist = Math.max(Math.abs(dx), Math.abs(dy));
                int x = cx + dx;
                int y = cy + dy;
                if (x >= 0 && x < size && y >= 0 && y < size) {
                    setFunction(x, y, dist != 2 && dist != 4);
                }
            }
        }
    }

    private void drawAlignment(int cx, int cy) {
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                setFunction(cx + dx, cy + dy, Math.max(Math.abs(dx), Math.abs(dy)) != 1);
            }
        }
    }

    private int[] alignmentPositions() {
        if (version == 1) {
            return new int[0];
        }
        int numAlign = version / 7 + 2;
        int step = version == 32 ? 26 : (version * 4 + numAlign * 2 + 1) / (numAlign * 2 - 2) * 2;
        int[] result = new int[numAlign];
        result[0] = 6;
        for (int i = numAlign - 1, pos = size - 7; i >= 1; i--, pos -= step) {
            result[i] = pos;
        }
        return result;
    }

    private void drawFormatBits(int mask) {
        int data = ECC_FORMAT_BITS_M << 3 | mask;
        int rem = data;
        for (int i = 0; i < 10; i++) {
            rem = (rem << 1) ^ ((rem >>> 9) * 0x537);
        }
        int bits = (data << 10 | rem) ^ 0x5412;
        for (int i = 0; i <= 5; i++) {
            setFunction(8, i, bit(bits, i));
        }
        setFunction(8, 7, bit(bits, 6));
        setFunction(8, 8, bit(bits, 7));
        setFunction(7, 8, bit(bits, 8));
        for (int i = 9; i < 15; i++) {
            setFunction(14 - i, 8, bit(bits, i));
        }
        for (int i = 0; i < 8; i++) {
            setFunction(size - 1 - i, 8, bit(bits, i));
        }
        for (int i = 8; i < 15; i++) {
            setFunction(8, size - 15 + i, bit(bits, i));
        }
        setFunction(8, size - 8, true); // the always-dark module
    }

    private void drawVersion() {
        if (version < 7) {
            return;
        }
        int rem = version;
        for (int i = 0; i < 12; i++) {
            rem = (rem << 1) ^ ((rem >>> 11) * 0x1F25);
        }
        int bits = version << 12 | rem;
        for (int i = 0; i < 18; i++) {
            boolean dark = bit(bits, i);
            int a = size - 11 + i % 3;
            int b = i / 3;
            setFunction(a, b, dark);
            setFunction(b, a, dark);
        }
    }

    private void setFunction(int x, int y, boolean dark) {
        modules[y][x] = dark;
        isFunction[y][x] = true;
    }

    // ---- codewords

    private static int numRawDataModules(int version) {
        int result = (16 * version + 128) * version + 64;
        if (version >= 2) {
            int numAlign = version / 7 + 2;
            result -= (25 * numAlign - 10) * numAlign - 55;
            if (version >= 7) {
                result -= 36;
            }
        }
        return result;
    }

    private static int numDataCodewords(int version) {
        return numRawDataModules(version) / 8
                - ECC_CODEWORDS_PER_BLOCK_M[version] * NUM_ERROR_CORRECTION_BLOCKS_M[version];
    }

    private byte[] addEccAndInterleave(byte[] data) {
        int numBlocks = NUM_ERROR_CORRECTION_BLOCKS_M[version];
        int blockEccLen = ECC_CODEWORDS_PER_BLOCK_M[version];
        int rawCodewords = numRawDataModules(version) / 8;
        int numShortBlocks = numBlocks - rawCodewords % numBlocks;
        int shortBlockLen = rawCodewords / numBlocks;
        byte[] divisor = reedSolomonDivisor(blockEccLen);
        byte[][] blocks = new byte[numBlocks][];
        for (int i = 0, k = 0; i < numBlocks; i++) {
            int datLen = shortBlockLen - blockEccLen + (i < numShortBlocks ? 0 : 1);
            byte[] dat = Arrays.copyOfRange(data, k, k + datLen);
            k += datLen;
            byte[] block = Arrays.copyOf(dat, shortBlockLen + 1);
            byte[] ecc = reedSolomonRemainder(dat, divisor);
            System.arraycopy(ecc, 0, block, block.length - blockEccLen, ecc.length);
            blocks[i] = block;
        }
        byte[] result = new byte[rawCodewords];
        for (int i = 0, k = 0; i < blocks[0].length; i++) {
            for (int j = 0; j < blocks.length; j++) {
                // Short blocks have a hole at the last data position.
                if (i != shortBlockLen - blockEccLen || j >= numShortBlocks) {
                    result[k++] = blocks[j][i];
                }
            }
        }
        return result;
    }

    private static byte[] reedSolomonDivisor(int degree) {
        byte[] result = new byte[degree];
        result[degree - 1] = 1;
        int root = 1;
        for (int i = 0; i < degree; i++) {
            for (int j = 0; j < degree; j++) {
                result[j] = (byte) gfMultiply(result[j] & 0xFF, root);
                if (j + 1 < degree) {
                    result[j] ^= result[j + 1];
                }
            }
            root = gfMultiply(root, 0x02);
        }
        return result;
    }

    private static byte[] reedSolomonRemainder(byte[] data, byte[] divisor) {
        byte[] result = new byte[divisor.length];
        for (byte b : data) {
            int factor = (b ^ result[0]) & 0xFF;
            System.arraycopy(result, 1, result, 0, result.length - 1);
            result[result.length - 1] = 0;
            for (int i = 0; i < result.length; i++) {
                result[i] ^= (byte) gfMultiply(divisor[i] & 0xFF, factor);
            }
        }
        return result;
    }

    private static int gfMultiply(int x, int y) {
        int z = 0;
        for (int i = 7; i >= 0; i--) {
            z = (z << 1) ^ ((z >>> 7) * 0x11D);
            z ^= ((y >>> i) & 1) * x;
        }
        return z;
    }

    private void drawCodewords(byte[] data) {
        int i = 0;
        for (int right = size - 1; right >= 1; right -= 2) {
            if (right == 6) {
                right = 5; // skip the vertical timing pattern
            }
            for (int vert = 0; vert < size; vert++) {
                for (int j = 0; j < 2; j++) {
                    int x = right - j;
                    boolean upward = ((right + 1) & 2) == 0;
                    int y = upward ? size - 1 - vert : vert;
                    if (!isFunction[y][x] && i < data.length * 8) {
                        modules[y][x] = bit(data[i >>> 3], 7 - (i & 7));
                        i++;
                    }
                }
            }
        }
    }

    private void applyMask(int mask) {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                boolean invert = switch (mask) {
                    case 0 -> (x + y) % 2 == 0;
                    case 1 -> y % 2 == 0;
                    case 2 -> x % 3 == 0;
                    case 3 -> (x + y) % 3 == 0;
                    case 4 -> (x / 3 + y / 2) % 2 == 0;
                    case 5 -> x * y % 2 + x * y % 3 == 0;
                    case 6 -> (x * y % 2 + x * y % 3) % 2 == 0;
                    default -> ((x + y) % 2 + x * y % 3) % 2 == 0;
                };
                modules[y][x] ^= invert && !isFunction[y][x];
            }
        }
    }

    // ---- mask penalty (any mask is valid; the lowest penalty scans best)

    private int penalty() {
        int result = 0;
        for (int a = 0; a < size; a++) {
            result += linePenalty(a, true) + linePenalty(a, false);
        }
        for (int y = 0; y < size - 1; y++) {
            for (int x = 0; x < size - 1; x++) {
                boolean c = modules[y][x];
                if (c == modules[y][x + 1] && c == modules[y + 1][x] && c == modules[y + 1][x + 1]) {
                    result += 3;
                }
            }
        }
        int dark = 0;
        for (boolean[] row : modules) {
            for (boolean m : row) {
                dark += m ? 1 : 0;
            }
        }
        int total = size * size;
        int k = (Math.abs(dark * 20 - total * 10) + total - 1) / total - 1;
        return result + Math.max(0, k) * 10;
    }

    /** Runs of five or more (rule 1) and finder-like 1:1:3:1:1 patterns with four light modules beside (rule 3). */
    private int linePenalty(int a, boolean row) {
        int result = 0;
        int run = 0;
        boolean last = false;
        for (int b = 0; b < size; b++) {
            boolean m = row ? modules[a][b] : modules[b][a];
            if (b > 0 && m == last) {
                run++;
            } else {
                run = 1;
            }
            if (run == 5) {
                result += 3;
            } else if (run > 5) {
                result++;
            }
            last = m;
            if (b >= 10) {
                int pattern = 0;
                for (int t = b - 10; t <= b; t++) {
                    pattern = pattern << 1 | ((row ? modules[a][t] : modules[t][a]) ? 1 : 0);
                }
                if (pattern == 0b10111010000 || pattern == 0b00001011101) {
                    result += 40;
                }
            }
        }
        return result;
    }

    private static boolean bit(int x, int i) {
        return ((x >>> i) & 1) != 0;
    }

    private static final class BitBuffer {
        private final byte[] bytes;
        private int length;

        BitBuffer(int capacityBits) {
            bytes = new byte[(capacityBits + 7) / 8];
        }

        void append(int value, int count) {
            for (int i = count - 1; i >= 0; i--) {
                if (((value >>> i) & 1) != 0) {
                    bytes[length >>> 3] |= (byte) (0x80 >>> (length & 7));
                }
                length++;
            }
        }

        byte[] toBytes() {
            return bytes;
        }
    }
}
