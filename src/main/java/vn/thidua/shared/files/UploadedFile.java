package vn.thidua.shared.files;

import vn.thidua.shared.RuleViolation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * An uploaded scan of a paper-signed page, accepted only when its bytes are a PDF, JPEG or PNG. The type is read from
 * the content because the name and the declared content type are whatever the sender's machine says: a renamed HTML
 * page served back as "application/pdf" would otherwise reach other users' browsers.
 */
public final class UploadedFile {

    /** Longest download name kept, extension included; long enough for real names, short enough for any file system. */
    static final int MAX_NAME_LENGTH = 120;

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    private final String safeName;
    private final String contentType;
    private final String extension;
    private final byte[] content;
    private final String sha256;

    private UploadedFile(String safeName, String contentType, String extension, byte[] content, String sha256) {
        this.safeName = safeName;
        this.contentType = contentType;
        this.extension = extension;
        this.content = content;
        this.sha256 = sha256;
    }

    /**
     * Checks the upload and returns it with its detected type, or throws a {@link RuleViolation} with
     * {@code file.error.empty}, {@code file.error.tooLarge} (argument: the limit in MB, as text) or
     * {@code file.error.type}.
     */
    public static UploadedFile check(String originalName, byte[] content, long maxBytes) {
        RuleViolation.require(content != null && content.length > 0, "file.error.empty");
        RuleViolation.require(content.length <= maxBytes, "file.error.tooLarge", String.valueOf(maxBytes / 1024 / 1024));
        String contentType;
        String extension;
        if (startsWith(content, PDF)) {
            contentType = "application/pdf";
            extension = "pdf";
        } else if (startsWith(content, JPEG)) {
            contentType = "image/jpeg";
            extension = "jpg";
        } else if (startsWith(content, PNG)) {
            contentType = "image/png";
            extension = "png";
        } else {
            throw new RuleViolation("file.error.type");
        }
        // Copied so that a caller reusing its buffer cannot change the bytes after they were checked and hashed.
        byte[] copy = content.clone();
        return new UploadedFile(safeName(originalName, extension), contentType, extension, copy, sha256Hex(copy));
    }

    /** Lower-case hexadecimal SHA-256, the form stored beside a scan so that a later copy can be proved identical. */
    public static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }

    /**
     * The name offered when the scan is downloaded: no directories (a name like "../../x" must never reach a path or a
     * header), only characters that are harmless in a Content-Disposition header and on any file system, and an
     * extension that matches what the file really is so that it opens in the right program.
     */
    static String safeName(String originalName, String extension) {
        String name = originalName == null ? "" : originalName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);

        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            boolean allowed = Character.isLetter(cp) || Character.isDigit(cp) || cp == ' ' || cp == '.' || cp == '-'
                    || cp == '_';
            kept.appendCodePoint(allowed ? cp : '_');
        });
        String base = kept.toString().replaceAll(" +", " ");
        base = dropExtension(base);
        // Leading dots would hide the file on Unix; trailing dots and spaces are silently dropped by Windows.
        base = base.replaceAll("^[. ]+", "").replaceAll("[. ]+$", "");

        int room = MAX_NAME_LENGTH - extension.length() - 1;
        if (base.codePointCount(0, base.length()) > room) {
            base = base.substring(0, base.offsetByCodePoints(0, room)).replaceAll("[. ]+$", "");
        }
        if (base.isEmpty()) {
            base = "scan";
        }
        return base + "." + extension;
    }

    /** Removes a trailing ".xyz" that looks like a file extension (1–5 letters or digits, at least one letter). */
    private static String dropExtension(String base) {
        int dot = base.lastIndexOf('.');
        if (dot < 0) {
            return base;
        }
        String suffix = base.substring(dot + 1).toLowerCase(Locale.ROOT);
        if (suffix.matches("[a-z0-9]{1,5}") && suffix.matches(".*[a-z].*")) {
            return base.substring(0, dot);
        }
        return base;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    public String getSafeName() {
        return safeName;
    }

    /** "application/pdf", "image/jpeg" or "image/png", as detected from the content. */
    public String getContentType() {
        return contentType;
    }

    /** "pdf", "jpg" or "png". */
    public String getExtension() {
        return extension;
    }

    /** A copy, so that nothing outside can alter the bytes whose hash was taken. */
    public byte[] getContent() {
        return content.clone();
    }

    public long getSize() {
        return content.length;
    }

    public String getSha256() {
        return sha256;
    }
}
