package vn.thidua.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import vn.thidua.assessment.ResultService;
import vn.thidua.security.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The demo's year-end results for An Minh 2022, entered through the same use case as the pages: every hamlet committee
 * rated (spread so that some communes meet "≥ 80 % good" and some do not, and some have a weak committee), each
 * commune committee rated by staff, and the "Vì người nghèo" fund raised (some communes above their quota, some
 * below). Thuận Hoà has entered nothing and stays in Draft. Vân Khánh Tây's report is accepted, Đông Thạnh's submitted.
 */
@ApplicationScoped
public class DemoResults {

    /** Per commune: its hamlets' ratings cycle through this pattern (HTXS, HTT, HT, KHT), then its own rating and fund. */
    private static final Map<String, String[]> PLAN = Map.ofEntries(
            Map.entry("31048", new String[] {"HTXS,HTXS,HTT,HTT,HTT", "HTXS", "62000000"}),
            Map.entry("31042", new String[] {"HTXS,HTT,HTT,HTT,HT", "HTT", "51000000"}),
            Map.entry("31045", new String[] {"HTT,HTT,HT,HT,KHT", "HT", "30000000"}),
            Map.entry("31033", new String[] {"HTXS,HTT,HTT,HTT,HTT", "HTT", "50000000"}),
            Map.entry("31036", new String[] {"HTXS,HTXS,HTT,HTT,HT", "HTXS", "45500000"}),
            Map.entry("31039", new String[] {"HTT,HTT,HTT,HTT,HTT", "HTT", "38000000"}),
            Map.entry("31030", new String[] {"HTXS,HTXS,HTT,HTT,HTT", "HTXS", "75000000"}),
            Map.entry("31018", new String[] {"HTXS,HTT,HTT,HT,KHT", "HTT", "64000000"}),
            Map.entry("31024", new String[] {"HTXS,HTT,HTT,HTT,HTT", "HTT", "50000000"}),
            Map.entry("31031", new String[] {"HTT,HTT,HT,HT,HT", "HT", "20000000"}));

    @PersistenceContext
    EntityManager em;

    @Inject
    ResultService results;

    void load(long campaignId, Actor staff, Actor vanKhanhTay, Actor dongThanh) {
        List<ResultService.Line> lines = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, String[]> plan : PLAN.entrySet()) {
            String[] pattern = plan.getValue()[0].split(",");
            List<String> hamlets = em.createQuery("SELECT u.code FROM Unit u WHERE u.parent.code = :p ORDER BY u.code", String.class)
                    .setParameter("p", plan.getKey()).getResultList();
            for (int i = 0; i < hamlets.size(); i++) {
                lines.add(new ResultService.Line(++n, hamlets.get(i), "rating", pattern[i % pattern.length]));
            }
            lines.add(new ResultService.Line(++n, plan.getKey(), "rating", plan.getValue()[1]));
            lines.add(new ResultService.Line(++n, plan.getKey(), "quy-vi-nguoi-ngheo", plan.getValue()[2]));
        }
        results.record(staff, campaignId, lines);
        results.submit(vanKhanhTay, campaignId, vanKhanhTay.getUnitId());
        results.accept(staff, campaignId, vanKhanhTay.getUnitId());
        results.submit(dongThanh, campaignId, dongThanh.getUnitId());
    }
}
