package vn.thidua.review.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.review.ProposalList;
import vn.thidua.review.ProposalPdf;
import vn.thidua.review.ProposalXlsx;
import vn.thidua.review.ReviewQueries;
import vn.thidua.review.SheetXlsx;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.VietnamTime;
import vn.thidua.shared.files.StoredFile;
import vn.thidua.shared.web.LocaleBean;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Files of the year-end review, each for those who may read it, anything else a plain 404:
 * /review/file/evidence?id= (an evidence file), /review/file/minutes?cluster= (the scan of the meeting's minutes),
 * /review/file/sheet?campaign= (the scoring sheet as an .xlsx to fill in and import), /review/file/proposals?cluster=
 * [&amp;format=xlsx] (danh sách đề nghị khen thưởng as a PDF, or Excel).
 */
@WebServlet("/review/file/*")
public class ReviewFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient CurrentActor current;

    @Inject
    transient ReviewQueries queries;

    @Inject
    transient LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/+", "");
        switch (what) {
            case "evidence" -> {
                Optional<StoredFile> f = id(request, "id").flatMap(id -> queries.evidence(current.get(), id));
                if (f.isPresent()) {
                    send(response, f.get().getContent(), f.get().getContentType(), f.get().getFileName());
                    return;
                }
            }
            case "minutes" -> {
                Optional<StoredFile> f = id(request, "cluster").flatMap(id -> queries.minutes(current.get(), id));
                if (f.isPresent()) {
                    send(response, f.get().getContent(), f.get().getContentType(), f.get().getFileName());
                    return;
                }
            }
            case "sheet" -> {
                Optional<Long> campaign = id(request, "campaign");
                if (campaign.isPresent() && queries.sheetOf(current.get(), campaign.get()).isPresent()) {
                    byte[] body = SheetXlsx.template(queries.rows(current.get(), campaign.get()));
                    send(response, body, XLSX, "bang-cham-diem-" + campaign.get() + ".xlsx");
                    return;
                }
            }
            case "proposals" -> {
                String front = java.util.ResourceBundle.getBundle("vn.thidua.i18n.messages", locale.getLocale()).getString("document.frontOf");
                Optional<Long> cluster = id(request, "cluster");
                Optional<ProposalList> list = cluster.flatMap(id -> queries.proposalList(current.get(), id, front));
                if (list.isPresent()) {
                    if ("xlsx".equals(request.getParameter("format"))) {
                        send(response, ProposalXlsx.write(list.get(), locale.getLocale()), XLSX, "de-nghi-khen-thuong-" + cluster.get() + ".xlsx");
                    } else {
                        LocalDate date = list.get().getMeetingDate() != null ? list.get().getMeetingDate() : LocalDate.now(VietnamTime.ZONE);
                        send(response, ProposalPdf.write(list.get(), locale.getLocale(), date), "application/pdf",
                                "de-nghi-khen-thuong-" + cluster.get() + ".pdf");
                    }
                    return;
                }
            }
            default -> {
                // nothing else is served here
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static Optional<Long> id(HttpServletRequest request, String name) {
        try {
            return Optional.of(Long.valueOf(request.getParameter(name)));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void send(HttpServletResponse response, byte[] content, String type, String fileName) throws IOException {
        vn.thidua.shared.web.FileDownload.send(response, content, type, fileName);
    }
}
