package vn.thidua.pledge;

/**
 * The whole draft as readable text, one item per line: what a revision keeps and what "compare with the previous
 * revision" diffs. Not the fingerprinted form (that is {@link PledgeCanonicalForm}); this one is for people.
 */
public final class PledgeText {

    private PledgeText() {
    }

    public static String render(PledgeVersion v, TargetText words) {
        StringBuilder out = new StringBuilder();
        out.append("# ").append(v.getTitle()).append('\n');
        out.append("@ ").append(v.getPlace()).append(" · ").append(v.getSignerPolicy().name()).append('\n');
        if (v.getPreamble() != null && !v.getPreamble().isEmpty()) {
            out.append('\n').append(v.getPreamble()).append('\n');
        }
        for (PledgeClause c : v.getClauses()) {
            out.append("\n## ").append(c.getPosition()).append(". ").append(c.getTitle()).append('\n');
            out.append(c.getBody()).append('\n');
        }
        if (!v.getTargets().isEmpty()) {
            out.append('\n');
        }
        for (PledgeTarget t : v.getTargets()) {
            out.append("* [").append(t.getCode()).append("] ").append(t.getName()).append(" — ")
                    .append(words.measure(t)).append(" — ").append(words.threshold(t)).append(" — ").append(words.scope(t));
            if (t.getClausePosition() != null) {
                out.append(" — §").append(t.getClausePosition());
            }
            out.append('\n');
            for (PledgeQuota q : t.sortedQuotas()) {
                out.append("    ").append(q.getUnit().getName()).append(": ").append(words.number(q.getQuota())).append('\n');
            }
        }
        return out.toString();
    }
}
