package vn.thidua.assessment.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.assessment.ResultCsvParser;
import vn.thidua.assessment.ResultQueries;
import vn.thidua.assessment.ResultSheet;
import vn.thidua.security.CurrentActor;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * /assessment/template?campaign=&unit=[&format=xlsx]: a commune's results as a CSV (or an Excel workbook) to fill in and
 * import, already listing its hamlet committees (their names in comment lines, or a name column) and its targets,
 * with the values entered so far.
 */
@WebServlet("/assessment/template")
public class ResultTemplateServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CurrentActor current;

    @Inject
    transient ResultQueries queries;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ResultSheet> found;
        try {
            found = queries.sheet(current.get(), Long.parseLong(request.getParameter("campaign")),
                    Long.parseLong(request.getParameter("unit")));
        } catch (NumberFormatException e) {
            found = Optional.empty();
        }
        if (found.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ResultSheet sheet = found.get();
        if ("xlsx".equals(request.getParameter("format"))) {
            byte[] book = vn.thidua.assessment.ResultXlsx.template(sheet);
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename=\"ket-qua-" + sheet.getUnitCode() + ".xlsx\"");
            response.setHeader("Cache-Control", "private, no-store");
            response.setContentLength(book.length);
            response.getOutputStream().write(book);
            return;
        }
        StringBuilder comment = new StringBuilder(sheet.getCampaignName() + " · " + sheet.getUnitName() + " (" + sheet.getUnitCode() + ")");
        List<String[]> rows = new ArrayList<>();
        for (ResultSheet.RatingRow h : sheet.getHamlets()) {
            comment.append('\n').append(h.getCode()).append(": ").append(h.getName());
            rows.add(new String[] {h.getCode(), "rating", h.getLevelCode() == null ? "" : h.getLevelCode()});
        }
        for (ResultSheet.FigureRow f : sheet.getFigures()) {
            comment.append('\n').append(f.getCode()).append(": ").append(f.getName());
            rows.add(new String[] {sheet.getUnitCode(), f.getCode(), f.getValue() == null ? "" : f.getValue()});
        }
        byte[] body = ResultCsvParser.template(comment.toString(), rows).getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"ket-qua-" + sheet.getUnitCode() + ".csv\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
