package vn.thidua.pledge;

import vn.thidua.shared.CanonicalJson;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * A target said in words, as pages, the PDF and revision snapshots show it: what is measured, the threshold and the
 * scope. Plain Java over the resource bundle, so that pages, documents and tests say it the same way.
 */
public final class TargetText {

    private final ResourceBundle bundle;
    private final Locale locale;
    private final Map<String, String> levelNames;

    /** {@code levelNames}: the campaign's rating scale, code → name. */
    public TargetText(Locale locale, Map<String, String> levelNames) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("vn.thidua.i18n.messages", locale);
        this.levelNames = levelNames;
    }

    public String measure(PledgeTarget t) {
        return measure(t.toSpec());
    }

    public String measure(TargetSpec t) {
        String level = t.getLevelCode() == null ? "" : levelNames.getOrDefault(t.getLevelCode(), t.getLevelCode());
        return switch (t.getKind()) {
            case RATED_SHARE -> {
                String text = format("target.text.ratedShare", subject(t), level);
                yield t.getBaseCode() == null ? text : text + " " + format("target.text.ofWhich", t.getBaseCode());
            }
            case RATED_COUNT_AT_MOST -> format("target.text.ratedCount", subject(t), level);
            case PEOPLE_SHARE -> format("target.text.peopleShare", t.getPeopleGroup(), t.getPeopleTitle());
            case QUANTITY, DONE -> t.getName();
        };
    }

    public String threshold(PledgeTarget t) {
        return threshold(t.toSpec());
    }

    public String threshold(TargetSpec t) {
        return switch (t.getKind()) {
            case RATED_SHARE, PEOPLE_SHARE -> "≥ " + number(t.getThreshold()) + " %";
            case RATED_COUNT_AT_MOST -> "≤ " + number(t.getThreshold());
            case QUANTITY -> "≥ " + number(t.getThreshold()) + " " + t.getUnitOfMeasure()
                    + (t.getQuotas().isEmpty() ? "" : " " + bundle.getString("target.text.ownQuotas"));
            case DONE -> t.getDeadline() == null ? bundle.getString("target.text.done")
                    : format("target.text.doneBy", t.getDeadline().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        };
    }

    public String scope(PledgeTarget t) {
        return scope(t.isEachMember(), t.isClusterWide());
    }

    public String scope(boolean eachMember, boolean clusterWide) {
        if (eachMember && clusterWide) {
            return bundle.getString("target.scope.both");
        }
        return bundle.getString(eachMember ? "target.scope.eachMember" : "target.scope.cluster");
    }

    public String kind(TargetKind kind) {
        return bundle.getString("target.kind." + kind.name());
    }

    /** Vietnamese grouping (50.000.000) and decimal comma; never scientific notation. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(locale));
        return format.format(new BigDecimal(CanonicalJson.plain(value)));
    }

    private String subject(TargetSpec t) {
        if (t.getSubject() == TargetSubject.MEMBER_UNITS) {
            return bundle.getString("target.subject.members");
        }
        return bundle.getString("target.subject.children." + t.getChildCategory());
    }

    private String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }
}
