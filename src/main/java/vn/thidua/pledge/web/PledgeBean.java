package vn.thidua.pledge.web;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.award.AwardService;
import vn.thidua.award.AwardView;
import vn.thidua.pledge.Office;
import vn.thidua.pledge.PledgeQueries;
import vn.thidua.pledge.PledgeService;
import vn.thidua.pledge.PledgeStatus;
import vn.thidua.pledge.PledgeView;
import vn.thidua.pledge.SignerPolicy;
import vn.thidua.pledge.TargetKind;
import vn.thidua.pledge.TargetSpec;
import vn.thidua.pledge.TargetSubject;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.VietnamTime;
import vn.thidua.shared.text.LineDiff;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A cluster's pledge: drafting (text, targets, quotas), discussion, finalising, the signing board, paper signatures,
 * the organiser's confirmation, amendments, history and the audit log. Every action goes to one service method, which
 * checks role and scope again; the page only hides what the reader may not do.
 */
@Named
@ViewScoped
public class PledgeBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PledgeQueries queries;

    @Inject
    PledgeService service;

    @Inject
    AwardService awards;

    @Inject
    CurrentActor current;

    @Inject
    vn.thidua.shared.web.LocaleBean localeBean;

    private Long cluster;
    private PledgeView view;

    private String title;
    private String place;
    private String preamble;
    private SignerPolicy signerPolicy;

    private Long clauseId;
    private String clauseTitle;
    private String clauseBody;

    private Long targetId;
    private TargetSpec spec = defaultSpec();
    private List<QuotaRow> quotas = new ArrayList<>();

    private String commentAnchor = "general";
    private String commentBody;

    private Integer compared;
    private List<LineDiff.DiffLine> diff = List.of();

    private Long paperUnitId;
    private Office paperOffice = Office.CHAIR;
    private String paperName;
    private String paperPosition;
    private LocalDateTime paperSignedAt;
    private Long paperTitleId;
    private Long paperCommendationId;
    private transient UploadedFile paperScan;

    private String confirmPassword;
    private transient List<vn.thidua.campaign.RatingLevel> levels;

    public String load() {
        view = cluster == null ? null : queries.page(current.get(), cluster, locale()).orElse(null);
        if (view == null) {
            return "/error.xhtml?faces-redirect=true";
        }
        if (view.getCurrent() != null) {
            title = view.getCurrent().getTitle();
            place = view.getCurrent().getPlace();
            preamble = view.getCurrent().getPreamble();
            signerPolicy = view.getCurrent().getSignerPolicy();
        }
        return null;
    }

    private void reload() {
        view = queries.page(current.get(), cluster, locale()).orElse(view);
    }

    // ---- starting and drafting -------------------------------------------------------------------------------------

    /** Starting and amending change which forms the page has: it is loaded afresh. */
    public String start(String from) {
        PledgeService.Start start = PledgeService.Start.valueOf(from);
        if (Messages.attempt(() -> service.start(current.get(), cluster, start))) {
            Messages.info("pledge.started");
            return again();
        }
        return null;
    }

    private String again() {
        return "/pledge/pledge.xhtml?faces-redirect=true&cluster=" + cluster;
    }

    public void saveHeader() {
        if (Messages.attempt(() -> service.describe(current.get(), versionId(), title, place, preamble, signerPolicy))) {
            Messages.info("pledge.saved");
        }
        reload();
    }

    public void newClause() {
        clauseId = null;
        clauseTitle = null;
        clauseBody = null;
    }

    public void editClause(PledgeView.Clause clause) {
        clauseId = clause.getId();
        clauseTitle = clause.getTitle();
        clauseBody = clause.getBody();
    }

    public void saveClause() {
        Long id = clauseId;
        boolean ok = Messages.attempt(() -> {
            if (id == null) {
                service.addClause(current.get(), versionId(), clauseTitle, clauseBody);
            } else {
                service.editClause(current.get(), versionId(), id, clauseTitle, clauseBody);
            }
        });
        if (ok) {
            Messages.info("pledge.clauseSaved");
        }
        reload();
    }

    public void removeClause(PledgeView.Clause clause) {
        if (Messages.attempt(() -> service.removeClause(current.get(), versionId(), clause.getId()))) {
            Messages.info("pledge.clauseRemoved", String.valueOf(clause.getNumber()));
        }
        reload();
    }

    public void newTarget() {
        targetId = null;
        spec = defaultSpec();
        quotas = quotaRows(Map.of());
    }

    /** A new target starts as the most common kind: a share of hamlet committees rated at a level or better. */
    private static TargetSpec defaultSpec() {
        TargetSpec fresh = new TargetSpec();
        fresh.setKind(TargetKind.RATED_SHARE);
        fresh.setSubject(TargetSubject.CHILD_UNITS);
        fresh.setChildCategory("HAMLET");
        return fresh;
    }

    public void editTarget(PledgeView.Target target) {
        targetId = target.getId();
        spec = target.getSpec();
        quotas = quotaRows(spec.getQuotas());
    }

    public void saveTarget() {
        spec.getQuotas().clear();
        for (QuotaRow row : quotas) {
            if (row.getAmount() != null) {
                spec.getQuotas().put(row.getUnitId(), row.getAmount());
            }
        }
        Long id = targetId;
        if (Messages.attempt(() -> service.defineTarget(current.get(), versionId(), id, spec))) {
            Messages.info("pledge.targetSaved", spec.getCode());
        }
        reload();
    }

    public void removeTarget(PledgeView.Target target) {
        if (Messages.attempt(() -> service.removeTarget(current.get(), versionId(), target.getId()))) {
            Messages.info("pledge.targetRemoved", target.getCode());
        }
        reload();
    }

    private List<QuotaRow> quotaRows(Map<Long, BigDecimal> existing) {
        List<QuotaRow> rows = new ArrayList<>();
        for (PledgeView.MemberRow m : view.getMembers()) {
            rows.add(new QuotaRow(m.getId(), m.getName(), existing.get(m.getId())));
        }
        return rows;
    }

    // ---- life cycle ---------------------------------------------------------------------------------------------------

    public void openDiscussion() {
        if (Messages.attempt(() -> service.openDiscussion(current.get(), versionId()))) {
            Messages.info("pledge.discussionOpened");
        }
        reload();
    }

    public void finalise() {
        if (Messages.attempt(() -> service.finalise(current.get(), versionId()))) {
            Messages.info("pledge.finalised");
        }
        reload();
    }

    public String amend() {
        if (Messages.attempt(() -> service.amend(current.get(), versionId()))) {
            Messages.info("pledge.amended");
            return again();
        }
        return null;
    }

    public void remind() {
        int[] count = new int[1];
        if (Messages.attempt(() -> count[0] = service.remind(current.get(), versionId()))) {
            Messages.info("pledge.reminded", count[0]);
        }
        reload();
    }

    public void comment() {
        if (Messages.attempt(() -> service.comment(current.get(), versionId(), commentAnchor, commentBody))) {
            Messages.info("pledge.commented");
            commentBody = null;
        }
        reload();
    }

    public void compare(int revision) {
        compared = revision;
        diff = queries.diff(current.get(), cluster, revision);
    }

    public void confirm() {
        String password = confirmPassword;
        confirmPassword = null;
        String fingerprint = view.getCurrent().getFingerprint();
        boolean ok = Messages.attempt(() -> service.confirm(current.get(), versionId(), fingerprint,
                password == null ? null : password.toCharArray(), address(), userAgent(), baseUrl()));
        if (ok) {
            Messages.info("pledge.confirmed");
        }
        reload();
    }

    public void newPaper(PledgeView.SignerRow row) {
        paperUnitId = row.getUnitId();
        paperOffice = row.getOffice();
        paperName = null;
        paperPosition = Messages.text("office." + row.getOffice().name());
        paperSignedAt = LocalDateTime.now(VietnamTime.ZONE).withSecond(0).withNano(0);
        paperTitleId = null;
        paperCommendationId = null;
        paperScan = null;
    }

    public void recordPaper() {
        if (paperScan == null || paperScan.getSize() == 0) {
            Messages.error("file.error.empty");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        byte[] content = paperScan.getContent();
        String fileName = paperScan.getFileName();
        var at = paperSignedAt == null ? null : paperSignedAt.atZone(VietnamTime.ZONE).toInstant();
        boolean ok = Messages.attempt(() -> service.recordPaperSignature(current.get(), versionId(), paperUnitId, paperOffice,
                paperName, paperPosition, at, paperTitleId, paperCommendationId, fileName, content));
        if (ok) {
            Messages.info("pledge.paperRecorded");
        }
        reload();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------------

    private long versionId() {
        return view.getCurrent().getId();
    }

    /** The reader's language (the view root's locale is not set yet while the view action runs). */
    private java.util.Locale locale() {
        return localeBean.getLocale();
    }

    static String address() {
        return ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest()).getRemoteAddr();
    }

    static String userAgent() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap().get("User-Agent");
    }

    /** Where the QR on the document points: the address the organiser's staff reached the application at. */
    static String baseUrl() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return baseUrlOf((HttpServletRequest) external.getRequest());
    }

    static String baseUrlOf(HttpServletRequest request) {
        var configured = jakarta.enterprise.inject.spi.CDI.current().select(vn.thidua.shared.AppConfig.class).get().getPublicUrl();
        if (configured.isPresent()) {
            return configured.get();
        }
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    public String getIntegrityText() {
        return view.getIntegrity().isIntact() ? "" : integrityText(view.getIntegrity().getBrokenKey(), view.getIntegrity().getArgs());
    }

    /** Which version stands while an amendment goes through signing again. */
    public String getAmendmentPendingText() {
        return view.isAmendmentPending()
                ? Messages.text("pledge.amendmentPending", String.valueOf(view.getInForceNumber()), String.valueOf(view.getCurrent().getNumber()))
                : "";
    }

    /** "The signature of X (chair) was altered …": the office codes read as words. */
    static String integrityText(String key, List<String> args) {
        return Messages.text(key, args.stream()
                .map(a -> a.equals("CHAIR") || a.equals("VICE_CHAIR") || a.equals("CONFIRM") ? Messages.text("office." + a) : a)
                .toArray());
    }

    public List<vn.thidua.campaign.RatingLevel> getLevels() {
        if (levels == null) {
            levels = queries.levels(view.getCampaignId());
        }
        return levels;
    }

    public List<AwardView> getTitles() {
        return awards.active(vn.thidua.award.AwardKind.TITLE);
    }

    public List<AwardView> getCommendations() {
        return awards.active(vn.thidua.award.AwardKind.COMMENDATION);
    }

    public TargetKind[] getKinds() {
        return TargetKind.values();
    }

    public TargetSubject[] getSubjects() {
        return TargetSubject.values();
    }

    public SignerPolicy[] getPolicies() {
        return SignerPolicy.values();
    }

    public List<String> getBaseCodes() {
        return view.getTargets().stream().filter(t -> t.getKind() == TargetKind.RATED_SHARE && t.getSpec().getBaseCode() == null
                && !t.getCode().equals(spec.getCode())).map(PledgeView.Target::getCode).toList();
    }

    public List<String> getAnchors() {
        List<String> anchors = new ArrayList<>();
        anchors.add("general");
        view.getClauses().forEach(c -> anchors.add("clause:" + c.getNumber()));
        view.getTargets().forEach(t -> anchors.add("target:" + t.getCode()));
        return anchors;
    }

    public String anchorLabel(String anchor) {
        if (anchor.startsWith("clause:")) {
            return Messages.text("pledge.anchor.clause", anchor.substring(7));
        }
        if (anchor.startsWith("target:")) {
            return Messages.text("pledge.anchor.target", anchor.substring(7));
        }
        return Messages.text("pledge.anchor.general");
    }

    public boolean isRated() {
        return spec.getKind() == TargetKind.RATED_SHARE || spec.getKind() == TargetKind.RATED_COUNT_AT_MOST;
    }

    public boolean isDraftStatus() {
        return view.getCurrent() != null && view.getCurrent().getStatus() == PledgeStatus.DRAFT;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public PledgeView getView() {
        return view;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getPreamble() {
        return preamble;
    }

    public void setPreamble(String preamble) {
        this.preamble = preamble;
    }

    public SignerPolicy getSignerPolicy() {
        return signerPolicy;
    }

    public void setSignerPolicy(SignerPolicy signerPolicy) {
        this.signerPolicy = signerPolicy;
    }

    public Long getClauseId() {
        return clauseId;
    }

    public String getClauseTitle() {
        return clauseTitle;
    }

    public void setClauseTitle(String clauseTitle) {
        this.clauseTitle = clauseTitle;
    }

    public String getClauseBody() {
        return clauseBody;
    }

    public void setClauseBody(String clauseBody) {
        this.clauseBody = clauseBody;
    }

    public Long getTargetId() {
        return targetId;
    }

    public TargetSpec getSpec() {
        return spec;
    }

    public List<QuotaRow> getQuotas() {
        return quotas;
    }

    public String getCommentAnchor() {
        return commentAnchor;
    }

    public void setCommentAnchor(String commentAnchor) {
        this.commentAnchor = commentAnchor;
    }

    public String getCommentBody() {
        return commentBody;
    }

    public void setCommentBody(String commentBody) {
        this.commentBody = commentBody;
    }

    public Integer getCompared() {
        return compared;
    }

    public List<LineDiff.DiffLine> getDiff() {
        return diff;
    }

    public Long getPaperUnitId() {
        return paperUnitId;
    }

    public Office getPaperOffice() {
        return paperOffice;
    }

    public String getPaperName() {
        return paperName;
    }

    public void setPaperName(String paperName) {
        this.paperName = paperName;
    }

    public String getPaperPosition() {
        return paperPosition;
    }

    public void setPaperPosition(String paperPosition) {
        this.paperPosition = paperPosition;
    }

    public LocalDateTime getPaperSignedAt() {
        return paperSignedAt;
    }

    public void setPaperSignedAt(LocalDateTime paperSignedAt) {
        this.paperSignedAt = paperSignedAt;
    }

    public Long getPaperTitleId() {
        return paperTitleId;
    }

    public void setPaperTitleId(Long paperTitleId) {
        this.paperTitleId = paperTitleId;
    }

    public Long getPaperCommendationId() {
        return paperCommendationId;
    }

    public void setPaperCommendationId(Long paperCommendationId) {
        this.paperCommendationId = paperCommendationId;
    }

    public UploadedFile getPaperScan() {
        return paperScan;
    }

    public void setPaperScan(UploadedFile paperScan) {
        this.paperScan = paperScan;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }

    /** A member's own quota for the quantity target being edited (empty: the target's default applies). */
    public static class QuotaRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long unitId;
        private final String unitName;
        private BigDecimal amount;

        QuotaRow(long unitId, String unitName, BigDecimal amount) {
            this.unitId = unitId;
            this.unitName = unitName;
            this.amount = amount;
        }

        public long getUnitId() {
            return unitId;
        }

        public String getUnitName() {
            return unitName;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}
