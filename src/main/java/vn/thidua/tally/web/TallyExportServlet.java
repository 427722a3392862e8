package vn.thidua.tally.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.LocaleBean;
import vn.thidua.tally.TallyQueries;
import vn.thidua.tally.TallyView;
import vn.thidua.tally.TallyXlsx;

import java.io.IOException;
import java.util.Optional;

/**
 * /tally/export?campaign=[&format=pdf]: the tally the reader may see, as an Excel workbook (one sheet per cluster) or a
 * PDF in administrative layout.
 */
@WebServlet("/tally/export")
public class TallyExportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentActor current;

    @Inject
    transient TallyQueries queries;

    @Inject
    transient LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<TallyView> view;
        try {
            view = queries.campaign(current.get(), Long.parseLong(request.getParameter("campaign")));
        } catch (NumberFormatException e) {
            view = Optional.empty();
        }
        if (view.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] body;
        if ("pdf".equals(request.getParameter("format"))) {
            String front = java.util.ResourceBundle.getBundle("vn.thidua.i18n.messages", locale.getLocale()).getString("document.frontOf");
            body = vn.thidua.tally.TallyPdf.write(view.get(), locale.getLocale(), front + "\n" + view.get().getOrganiser(), null);
            response.setContentType("application/pdf");
            response.setHeader("Content-Disposition", "attachment; filename=\"ket-qua-chi-tieu-" + view.get().getCampaignId() + ".pdf\"");
        } else {
            body = TallyXlsx.write(view.get(), locale.getLocale());
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"ket-qua-chi-tieu-" + view.get().getCampaignId() + ".xlsx\"");
        }
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
