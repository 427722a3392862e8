package vn.thidua.review.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.review.ReviewQueries;
import vn.thidua.review.ReviewService;
import vn.thidua.review.SheetView;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.files.UploadedFile;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Phiếu chấm điểm of one unit: the unit self-scores with notes and evidence and submits; the reviewer proposes a score
 * per criterion (a reason where it differs) and completes the review; staff finalise or reopen with a reason.
 */
@Named
@ViewScoped
public class ScoreBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueries queries;

    @Inject
    ReviewService service;

    @Inject
    CurrentActor current;

    private Long cluster;
    private Long unit;
    private Long sheetId;
    private SheetView sheet;
    private String reason;
    private String evidenceCriterion;
    private transient org.primefaces.model.file.UploadedFile file;

    public String load() {
        try {
            if (sheetId == null && cluster != null && unit != null) {
                sheetId = service.open(current.get(), cluster, unit);
            }
        } catch (RuleViolation denied) {
            sheetId = null;
        }
        sheet = sheetId == null ? null : queries.sheet(current.get(), sheetId).orElse(null);
        return sheet == null ? "/error.xhtml?faces-redirect=true" : null;
    }

    private void reload() {
        sheet = queries.sheet(current.get(), sheetId).orElse(sheet);
    }

    public void saveSelf() {
        List<ReviewService.ScoreLine> lines = lines(true);
        if (lines != null && Messages.attempt(() -> service.saveSelf(current.get(), sheetId, lines))) {
            Messages.info("review.saved");
            reload();
        }
    }

    public void submit() {
        List<ReviewService.ScoreLine> lines = lines(true);
        if (lines != null && Messages.attempt(() -> {
            service.saveSelf(current.get(), sheetId, lines);
            service.submit(current.get(), sheetId);
        })) {
            Messages.info("review.submitted");
        }
        reload();
    }

    public void saveReview() {
        List<ReviewService.ScoreLine> lines = lines(false);
        if (lines != null && Messages.attempt(() -> service.saveReview(current.get(), sheetId, lines))) {
            Messages.info("review.saved");
            reload();
        }
    }

    public void completeReview() {
        List<ReviewService.ScoreLine> lines = lines(false);
        if (lines != null && Messages.attempt(() -> {
            service.saveReview(current.get(), sheetId, lines);
            service.completeReview(current.get(), sheetId);
        })) {
            Messages.info("review.reviewDone");
        }
        reload();
    }

    public void finalise() {
        if (Messages.attempt(() -> service.finalise(current.get(), sheetId))) {
            Messages.info("review.finalised");
        }
        reload();
    }

    public void reopen() {
        String why = reason;
        if (Messages.attempt(() -> service.reopen(current.get(), sheetId, why))) {
            Messages.info("review.reopened");
            reason = null;
        }
        reload();
    }

    /** Attaches an evidence file to the chosen criterion; the file is checked by content (PDF, JPEG, PNG) and size. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("file.error.empty");
            return;
        }
        String code = evidenceCriterion;
        byte[] content = file.getContent();
        String name = file.getFileName();
        if (Messages.attempt(() -> service.addEvidence(current.get(), sheetId, code,
                UploadedFile.check(name, content, ReviewService.MAX_FILE)))) {
            Messages.info("review.evidenceAdded", code);
        }
        file = null;
        reload();
    }

    public void removeEvidence(long evidenceId) {
        if (Messages.attempt(() -> service.removeEvidence(current.get(), sheetId, evidenceId))) {
            Messages.info("review.evidenceRemoved");
        }
        reload();
    }

    /** The typed leaves of the form as lines; null (with a message per bad number) when a number cannot be read. */
    private List<ReviewService.ScoreLine> lines(boolean self) {
        List<ReviewService.ScoreLine> lines = new ArrayList<>();
        boolean ok = true;
        for (SheetView.Row row : sheet.getRows()) {
            if (!row.isLeaf() || row.isLinked()) {
                continue;
            }
            String typed = self ? row.getSelfInput() : row.getReviewedInput();
            BigDecimal points;
            try {
                points = typed == null || typed.isBlank() ? null : new BigDecimal(typed.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                Messages.error("review.score.error.number", row.getCode());
                ok = false;
                continue;
            }
            lines.add(new ReviewService.ScoreLine(row.getCode(), points, self ? row.getSelfNote() : row.getReviewReason()));
        }
        if (!ok) {
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        return lines;
    }

    /** The leaves that may carry evidence (typed ones), for the upload's choice. */
    public List<SheetView.Row> getEvidenceCriteria() {
        return sheet.getRows().stream().filter(r -> r.isLeaf() && !r.isLinked()).toList();
    }

    public SheetView getSheet() {
        return sheet;
    }

    public Long getCluster() {
        return cluster;
    }

    public void setCluster(Long cluster) {
        this.cluster = cluster;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public Long getSheetId() {
        return sheetId;
    }

    public void setSheetId(Long sheetId) {
        this.sheetId = sheetId;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getEvidenceCriterion() {
        return evidenceCriterion;
    }

    public void setEvidenceCriterion(String evidenceCriterion) {
        this.evidenceCriterion = evidenceCriterion;
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }
}
