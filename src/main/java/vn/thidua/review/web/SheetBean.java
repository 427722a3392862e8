package vn.thidua.review.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.review.CriterionKind;
import vn.thidua.review.LinkMode;
import vn.thidua.review.ReviewQueries;
import vn.thidua.review.ScoringSheet;
import vn.thidua.review.ScoringSheetService;
import vn.thidua.review.SheetEditorView;
import vn.thidua.review.SheetXlsx;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Bảng chấm điểm of a campaign: staff define areas and criteria (or import them, or copy last year's), the rating
 * bands and the tie-break area; everyone reading the campaign sees the sheet.
 */
@Named
@ViewScoped
public class SheetBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ReviewQueries queries;

    @Inject
    ScoringSheetService service;

    @Inject
    CurrentActor current;

    private Long campaign;
    private SheetEditorView sheet;
    private String editing;
    private String code;
    private String parentCode;
    private String name;
    private String kind = CriterionKind.SCORED.name();
    private String maxPoints;
    private boolean evidenceRequired;
    private String targetCode;
    private String linkMode;
    private String tieBreak;
    private transient org.primefaces.model.file.UploadedFile file;
    private List<String> importErrors = List.of();

    public String load() {
        sheet = campaign == null ? null : queries.sheetOf(current.get(), campaign).orElse(null);
        if (sheet == null) {
            return "/error.xhtml?faces-redirect=true";
        }
        tieBreak = sheet.getNodes().stream().filter(SheetEditorView.Node::isTieBreak).map(SheetEditorView.Node::getCode).findFirst().orElse(null);
        return null;
    }

    private void reload() {
        sheet = queries.sheetOf(current.get(), campaign).orElse(sheet);
    }

    public void edit(SheetEditorView.Node n) {
        editing = n.getCode();
        code = n.getCode();
        parentCode = n.getParentCode();
        name = n.getName();
        kind = n.getKind();
        maxPoints = n.getMaxPoints().stripTrailingZeros().toPlainString();
        evidenceRequired = n.isEvidenceRequired();
        targetCode = n.getTargetCode();
        linkMode = n.getLinkMode();
    }

    public void clear() {
        editing = null;
        code = null;
        name = null;
        maxPoints = null;
        evidenceRequired = false;
        targetCode = null;
        linkMode = null;
    }

    public void save() {
        BigDecimal max;
        try {
            max = new BigDecimal(maxPoints == null ? "" : maxPoints.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            Messages.error("review.criterion.error.maxPoints", code == null ? "" : code);
            return;
        }
        boolean linked = targetCode != null && !targetCode.isBlank();
        ScoringSheet.Node node = new ScoringSheet.Node(code == null ? null : code.strip(),
                parentCode == null || parentCode.isBlank() ? null : parentCode, name, CriterionKind.valueOf(kind), max,
                evidenceRequired, linked ? targetCode.strip() : null,
                linked ? LinkMode.valueOf(linkMode == null || linkMode.isBlank() ? LinkMode.ALL_OR_NOTHING.name() : linkMode) : null);
        String original = editing;
        if (Messages.attempt(() -> service.define(current.get(), campaign, original, node))) {
            Messages.info("review.criterion.saved", node.code());
            clear();
        }
        reload();
    }

    public void remove(String criterionCode) {
        if (Messages.attempt(() -> service.remove(current.get(), campaign, criterionCode))) {
            Messages.info("review.criterion.removed", criterionCode);
        }
        reload();
    }

    public void copyFromPrevious() {
        int[] n = new int[1];
        if (Messages.attempt(() -> n[0] = service.copyFromPrevious(current.get(), campaign))) {
            Messages.info("review.sheet.copied", n[0]);
        }
        reload();
    }

    public void saveBands() {
        Map<String, BigDecimal> minima = new HashMap<>();
        sheet.getBands().forEach(b -> minima.put(b.getLevelCode(), b.getMinPoints()));
        if (Messages.attempt(() -> service.setBands(current.get(), campaign, minima))) {
            Messages.info("review.bands.saved");
        }
        reload();
    }

    public void saveTieBreak() {
        String area = tieBreak;
        if (Messages.attempt(() -> service.setTieBreak(current.get(), campaign, area))) {
            Messages.info("review.tieBreak.saved");
        }
        reload();
    }

    /** Replaces the sheet with an .xlsx file: all or nothing, every refused line listed with its number. */
    public void upload() {
        importErrors = new ArrayList<>();
        if (file == null || file.getSize() == 0) {
            Messages.error("file.error.empty");
            return;
        }
        SheetXlsx.Result read = SheetXlsx.read(file.getContent(), 500);
        if (!read.errors().isEmpty()) {
            read.errors().forEach(e -> importErrors.add(line(e.line(), e.key(), e.args().toArray())));
        } else {
            try {
                int n = service.importRows(current.get(), campaign, read.rows());
                Messages.info("review.sheet.imported", n);
            } catch (ScoringSheetService.ImportRefused refused) {
                refused.getErrors().forEach(e -> importErrors.add(line(e.line(), e.key(), e.args().toArray())));
            } catch (RuleViolation v) {
                Messages.error(v);
            }
        }
        if (!importErrors.isEmpty()) {
            Messages.error("results.importRefused", importErrors.size());
        }
        file = null;
        reload();
    }

    private static String line(int line, String key, Object[] args) {
        String text = Messages.text(key, args);
        return line > 0 ? Messages.text("results.line", line) + " " + text : text;
    }

    public CriterionKind[] getKinds() {
        return CriterionKind.values();
    }

    public LinkMode[] getLinkModes() {
        return LinkMode.values();
    }

    public SheetEditorView getSheet() {
        return sheet;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public String getEditing() {
        return editing;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getParentCode() {
        return parentCode;
    }

    public void setParentCode(String parentCode) {
        this.parentCode = parentCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getMaxPoints() {
        return maxPoints;
    }

    public void setMaxPoints(String maxPoints) {
        this.maxPoints = maxPoints;
    }

    public boolean isEvidenceRequired() {
        return evidenceRequired;
    }

    public void setEvidenceRequired(boolean evidenceRequired) {
        this.evidenceRequired = evidenceRequired;
    }

    public String getTargetCode() {
        return targetCode;
    }

    public void setTargetCode(String targetCode) {
        this.targetCode = targetCode;
    }

    public String getLinkMode() {
        return linkMode;
    }

    public void setLinkMode(String linkMode) {
        this.linkMode = linkMode;
    }

    public String getTieBreak() {
        return tieBreak;
    }

    public void setTieBreak(String tieBreak) {
        this.tieBreak = tieBreak;
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }

    public List<String> getImportErrors() {
        return importErrors;
    }
}
