package vn.thidua.notification.web;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import vn.thidua.campaign.CampaignQueries;
import vn.thidua.campaign.CampaignView;
import vn.thidua.notification.DueItem;
import vn.thidua.notification.NotificationQueries;
import vn.thidua.notification.OverdueXlsx;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.FileDownload;
import vn.thidua.shared.web.LocaleBean;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * /notification/file/overdue?campaign= : the overdue list as Excel, for the organiser's staff (the same check as the
 * page: {@link NotificationQueries#overdue}); anything else, or anyone else, a plain 404.
 */
@WebServlet("/notification/file/*")
public class NotificationFileServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    transient CurrentActor current;

    @Inject
    transient NotificationQueries queries;

    @Inject
    transient CampaignQueries campaigns;

    @Inject
    transient LocaleBean locale;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String what = request.getPathInfo() == null ? "" : request.getPathInfo().replaceAll("^/+", "");
        Long campaign = id(request.getParameter("campaign"));
        if ("overdue".equals(what) && campaign != null) {
            try {
                LocalDate today = NotificationQueries.today();
                List<DueItem> overdue = queries.overdue(current.get(), campaign, today);
                Optional<CampaignView> view = campaigns.get(current.get(), campaign);
                if (view.isPresent()) {
                    FileDownload.send(response, OverdueXlsx.write(view.get().getName(), today, overdue, locale.getLocale()),
                            XLSX, "qua-han-" + campaign + "-" + today + ".xlsx");
                    return;
                }
            } catch (AccessDenied e) {
                // outside the caller's rights: the same answer as a campaign that does not exist
            }
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    private static Long id(String s) {
        try {
            return s == null ? null : Long.valueOf(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
