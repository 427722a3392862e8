package vn.thidua.shared.document;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The embedded DejaVu Serif faces of every document the application writes (Vietnamese diacritics need a font that
 * has them). The files are read once; a BaseFont is made per document (uncached) so that no parser state is shared
 * between threads.
 */
public final class DocumentFonts {

    private static final byte[] REGULAR = load("DejaVuSerif.ttf");
    private static final byte[] BOLD = load("DejaVuSerif-Bold.ttf");
    private static final byte[] ITALIC = load("DejaVuSerif-Italic.ttf");
    private static final byte[] BOLD_ITALIC = load("DejaVuSerif-BoldItalic.ttf");

    private DocumentFonts() {
    }

    public static BaseFont regular() {
        return create("DejaVuSerif.ttf", REGULAR);
    }

    public static BaseFont bold() {
        return create("DejaVuSerif-Bold.ttf", BOLD);
    }

    public static BaseFont italic() {
        return create("DejaVuSerif-Italic.ttf", ITALIC);
    }

    public static BaseFont boldItalic() {
        return create("DejaVuSerif-BoldItalic.ttf", BOLD_ITALIC);
    }

    private static BaseFont create(String name, byte[] data) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, data, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Cannot load font " + name, e);
        }
    }

    private static byte[] load(String name) {
        try (InputStream in = DocumentFonts.class.getResourceAsStream("fonts/" + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing font resource fonts/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
