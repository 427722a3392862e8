package vn.thidua.pledge.api;

import vn.thidua.pledge.PledgeView;

import java.util.List;

/** A pledge as the API returns it: status, version, fingerprint, targets and signatures of the current version. */
public final class PledgeJson {

    private final PledgeView view;

    PledgeJson(PledgeView view) {
        this.view = view;
    }

    public long getId() {
        return view.getPledgeId();
    }

    public long getClusterId() {
        return view.getClusterId();
    }

    public String getClusterName() {
        return view.getClusterName();
    }

    public long getCampaignId() {
        return view.getCampaignId();
    }

    public int getVersion() {
        return view.getCurrent().getNumber();
    }

    public String getStatus() {
        return view.getCurrent().getStatus().name();
    }

    public String getTitle() {
        return view.getCurrent().getTitle();
    }

    public String getFingerprint() {
        return view.getCurrent().getFingerprint();
    }

    public String getVerificationCode() {
        return view.getCurrent().getVerificationCode();
    }

    public int getRequiredSignatures() {
        return view.getRequiredCount();
    }

    public int getSignatures() {
        return view.getSignedCount();
    }

    public boolean isIntact() {
        return view.getIntegrity().isIntact();
    }

    /** The message key naming what was found altered (e.g. integrity.truncated), absent while intact. */
    public String getIntegrityProblem() {
        return view.getIntegrity().getBrokenKey();
    }

    /** The arguments of that message (entry number, unit, office, version…), empty while intact. */
    public List<String> getIntegrityArgs() {
        return view.getIntegrity().getArgs();
    }

    /** The version the tally, results and review evaluate: the last confirmed one (else the newest). */
    public int getInForceVersion() {
        return view.getInForceNumber();
    }

    /** A confirmed version stands while its amendment goes through signing again. */
    public boolean isAmendmentPending() {
        return view.isAmendmentPending();
    }

    public List<Target> getTargets() {
        return view.getTargets().stream().map(Target::new).toList();
    }

    public List<Signer> getSigners() {
        return view.getSigners().stream().map(Signer::new).toList();
    }

    public static final class Target {
        private final PledgeView.Target t;

        Target(PledgeView.Target t) {
            this.t = t;
        }

        public String getCode() {
            return t.getCode();
        }

        public String getName() {
            return t.getName();
        }

        public String getKind() {
            return t.getKind().name();
        }

        public String getSubject() {
            return t.getSpec().getSubject() == null ? null : t.getSpec().getSubject().name();
        }

        public String getChildCategory() {
            return t.getSpec().getChildCategory();
        }

        public String getLevel() {
            return t.getSpec().getLevelCode();
        }

        public String getThreshold() {
            return t.getSpec().getThreshold() == null ? null : t.getSpec().getThreshold().toPlainString();
        }

        public String getBase() {
            return t.getSpec().getBaseCode();
        }

        public String getUnitOfMeasure() {
            return t.getSpec().getUnitOfMeasure();
        }

        public boolean isEachMember() {
            return t.getSpec().isEachMember();
        }

        public boolean isClusterWide() {
            return t.getSpec().isClusterWide();
        }

        public String getText() {
            return t.getMeasure() + " " + t.getThreshold();
        }
    }

    public static final class Signer {
        private final PledgeView.SignerRow s;

        Signer(PledgeView.SignerRow s) {
            this.s = s;
        }

        public String getUnitCode() {
            return s.getUnitCode();
        }

        public String getUnitName() {
            return s.getUnitName();
        }

        public String getOffice() {
            return s.getOffice().name();
        }

        public boolean isSigned() {
            return s.isSigned();
        }

        public String getMethod() {
            return s.isSigned() ? (s.isPaper() ? "PAPER" : "ONLINE") : null;
        }

        public String getSignerName() {
            return s.getSignerName();
        }

        public String getSignedAt() {
            return s.getSignedAt();
        }
    }
}
