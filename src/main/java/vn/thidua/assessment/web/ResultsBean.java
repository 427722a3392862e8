package vn.thidua.assessment.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.assessment.ResultEntry;
import vn.thidua.assessment.ResultQueries;
import vn.thidua.assessment.ResultService;
import vn.thidua.assessment.ResultSheet;
import vn.thidua.assessment.ResultsRefused;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/**
 * A commune's year-end results: the grid of its hamlet committees' ratings and its figures, saved cell by cell as they
 * are entered, and the report's workflow (submit, return with a reason, accept, reopen, publish).
 */
@Named
@ViewScoped
public class ResultsBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ResultQueries queries;

    @Inject
    ResultService service;

    @Inject
    CurrentActor current;

    private Long campaign;
    private Long unit;
    private ResultSheet sheet;
    private String reason;
    private transient org.primefaces.model.file.UploadedFile file;
    private java.util.List<String> importErrors = java.util.List.of();

    public String load() {
        sheet = campaign == null || unit == null ? null : queries.sheet(current.get(), campaign, unit).orElse(null);
        return sheet == null ? "/error.xhtml?faces-redirect=true" : null;
    }

    private void reload() {
        sheet = queries.sheet(current.get(), campaign, unit).orElse(sheet);
    }

    /** "— Chưa xếp loại —" clears the stored rating: the choice is never ignored, so what shows is what is saved. */
    public void saveRating(ResultSheet.RatingRow row) {
        record(blank(row.getLevelCode()) ? ResultService.Line.clearing(1, row.getCode(), ResultEntry.RATING)
                : new ResultService.Line(1, row.getCode(), ResultEntry.RATING, row.getLevelCode()), row.getName());
    }

    public void saveCommuneRating() {
        String level = sheet.getCommuneLevel();
        record(blank(level) ? ResultService.Line.clearing(1, sheet.getUnitCode(), ResultEntry.RATING)
                : new ResultService.Line(1, sheet.getUnitCode(), ResultEntry.RATING, level), sheet.getUnitName());
    }

    /** An emptied figure clears the stored one (the target is then incomplete again), like any change audited. */
    public void saveFigure(ResultSheet.FigureRow row) {
        record(blank(row.getValue()) ? ResultService.Line.clearing(1, sheet.getUnitCode(), row.getCode())
                : new ResultService.Line(1, sheet.getUnitCode(), row.getCode(), row.getValue()), row.getName());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Records one cell. A refusal is shown next to the control that sent it (its {@code h:message}), not only at the
     * top of the page: on a phone the top is far above the cell and the refusal would go unseen.
     */
    private void record(ResultService.Line line, String label) {
        FacesContext context = FacesContext.getCurrentInstance();
        String source = context.getExternalContext().getRequestParameterMap().get("jakarta.faces.source");
        try {
            service.record(current.get(), campaign, List.of(line));
            Messages.info(line.clear() ? "results.cleared" : "results.saved", label);
        } catch (ResultsRefused refused) {
            refused.getErrors().forEach(e -> refuse(context, source, Messages.text(e.getKey(), e.getArgs().toArray())));
            context.validationFailed();
        } catch (vn.thidua.shared.RuleViolation v) {
            refuse(context, source, Messages.text(v.getKey(), v.getArgs() == null ? new Object[0] : v.getArgs().toArray()));
            context.validationFailed();
        }
        reload();
    }

    private static void refuse(FacesContext context, String source, String text) {
        context.addMessage(source, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }

    /** Imports a filled-in CSV: all or nothing; every refused line is listed with its number. */
    public void upload() {
        if (file == null || file.getSize() == 0) {
            Messages.error("file.error.empty");
            return;
        }
        // the role first: a workbook is unpacked only for someone who may record these results
        if (campaign == null || unit == null
                || !Messages.attempt(() -> service.requireMayRecord(current.get(), campaign, unit))) {
            file = null;
            return;
        }
        byte[] content = file.getContent();
        boolean excel = file.getFileName() != null && file.getFileName().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        vn.thidua.assessment.ResultCsvResult parsed = excel
                ? vn.thidua.assessment.ResultXlsx.read(content, vn.thidua.assessment.ResultCsvParser.DEFAULT_MAX_ROWS)
                : new vn.thidua.assessment.ResultCsvParser().parse(content);
        importErrors = new java.util.ArrayList<>();
        if (!parsed.isOk()) {
            parsed.getErrors().forEach(e -> importErrors.add(Messages.text("results.line", e.getLine()) + " "
                    + Messages.text(e.getKey(), e.getArgs().toArray())));
        } else {
            try {
                int n = service.record(current.get(), campaign, parsed.getRows().stream()
                        .map(r -> new ResultService.Line(r.getLine(), r.getUnitCode(), r.getMeasure(), r.getValue())).toList());
                Messages.info("results.imported", n);
            } catch (ResultsRefused refused) {
                refused.getErrors().forEach(e -> importErrors.add(Messages.text("results.line", e.getLine()) + " "
                        + Messages.text(e.getKey(), e.getArgs().toArray())));
            } catch (vn.thidua.shared.RuleViolation v) {
                Messages.error(v);
            }
        }
        if (!importErrors.isEmpty()) {
            Messages.error("results.importRefused", importErrors.size());
        }
        file = null;
        reload();
    }

    public java.util.List<String> getImportErrors() {
        return importErrors;
    }

    public org.primefaces.model.file.UploadedFile getFile() {
        return file;
    }

    public void setFile(org.primefaces.model.file.UploadedFile file) {
        this.file = file;
    }

    public void submit() {
        if (Messages.attempt(() -> service.submit(current.get(), campaign, unit))) {
            Messages.info("results.submitted");
        }
        reload();
    }

    public void returnReport() {
        String why = reason;
        if (Messages.attempt(() -> service.returnReport(current.get(), campaign, unit, why))) {
            Messages.info("results.returned");
            reason = null;
        }
        reload();
    }

    public void accept() {
        if (Messages.attempt(() -> service.accept(current.get(), campaign, unit))) {
            Messages.info("results.accepted");
        }
        reload();
    }

    public void reopen() {
        String why = reason;
        if (Messages.attempt(() -> service.reopen(current.get(), campaign, unit, why))) {
            Messages.info("results.reopened");
            reason = null;
        }
        reload();
    }

    public void publish() {
        if (Messages.attempt(() -> service.publish(current.get(), campaign))) {
            Messages.info("results.published");
        }
        reload();
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public Long getUnit() {
        return unit;
    }

    public void setUnit(Long unit) {
        this.unit = unit;
    }

    public ResultSheet getSheet() {
        return sheet;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
