package vn.thidua.pledge.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.pledge.PledgeDocuments;
import vn.thidua.pledge.PledgeQueries;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.files.StoredFile;

import java.io.IOException;
import java.util.Optional;

/**
 * Serves pledge files to those allowed to read the pledge: /pledge/file/document?version=N (the issued document, or a
 * printout marked "not signed" while signing goes on) and /pledge/file/scan?signature=N (a paper signature's scan).
 * Anything else, or anything out of scope, is a plain 404.
 */
@WebServlet("/pledge/file/*")
public class PledgeFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentActor current;

    @Inject
    transient PledgeQueries queries;

    @Inject
    transient PledgeDocuments documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Actor actor = current.get();
        String what = request.getPathInfo();
        Long id = number(request.getParameter("document".equals(trim(what)) ? "version" : "signature"));
        if (id == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("document".equals(trim(what))) {
            Optional<StoredFile> issued = queries.document(actor, id);
            if (issued.isPresent()) {
                send(response, issued.get().getContent(), "application/pdf", issued.get().getFileName());
                return;
            }
            Optional<byte[]> preview = documents.preview(actor, id, PledgeBean.baseUrlOf(request));
            if (preview.isPresent()) {
                send(response, preview.get(), "application/pdf", "giao-uoc-chua-ky-du-" + id + ".pdf");
                return;
            }
        } else if ("scan".equals(trim(what))) {
            Optional<StoredFile> scan = queries.scan(actor, id);
            if (scan.isPresent()) {
                send(response, scan.get().getContent(), scan.get().getContentType(), scan.get().getFileName());
                return;
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static void send(HttpServletResponse response, byte[] content, String type, String fileName) throws IOException {
        vn.thidua.shared.web.FileDownload.send(response, content, type, fileName);
    }

    private static String trim(String path) {
        return path == null ? "" : path.replaceAll("^/+", "");
    }

    private static Long number(String text) {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
