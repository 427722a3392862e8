package vn.thidua.shared.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends a stored or generated file as a download: private (never cached by a proxy), its type not sniffed, and its
 * name in plain ASCII for old browsers plus the exact UTF-8 name (Vietnamese diacritics) for the others.
 */
public final class FileDownload {

    private FileDownload() {
    }

    public static void send(HttpServletResponse response, byte[] content, String type, String fileName) throws IOException {
        response.setContentType(type);
        response.setContentLength(content.length);
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        String ascii = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(content);
    }
}
