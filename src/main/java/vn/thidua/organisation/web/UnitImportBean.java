package vn.thidua.organisation.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;
import vn.thidua.organisation.ImportReport;
import vn.thidua.organisation.UnitCsvError;
import vn.thidua.organisation.UnitService;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;
import java.util.List;

/** Upload a CSV of units; all or nothing, with line-numbered errors and progress while it runs. */
@Named
@ViewScoped
public class UnitImportBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 5L * 1024 * 1024;

    @Inject
    UnitService service;

    @Inject
    CurrentActor current;

    private transient UploadedFile file;
    private volatile int progress;
    private ImportReport report;
    private List<UnitCsvError> errors = List.of();

    public void upload() {
        report = null;
        errors = List.of();
        progress = 0;
        if (file == null || file.getSize() == 0) {
            Messages.error("import.error.noFile");
            return;
        }
        if (file.getSize() > MAX_BYTES) {
            Messages.error("import.error.tooLarge", MAX_BYTES / 1024 / 1024);
            return;
        }
        try {
            report = service.importCsv(current.get(), file.getContent(), p -> progress = p);
            errors = report.getErrors();
            if (report.isSuccess()) {
                Messages.info("import.done", report.getCreated(), report.getUpdated(), report.getUnchanged());
            } else {
                Messages.error("import.error.refused", errors.size());
            }
        } catch (UnitService.ImportRefused refused) {
            errors = refused.getErrors();
            Messages.error("import.error.refused", errors.size());
        } catch (RuleViolation violation) {
            Messages.error(violation);
        }
        progress = 100;
    }

    public String errorText(UnitCsvError error) {
        return Messages.text(error.getKey(), error.getArgs().toArray());
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public int getProgress() {
        return progress;
    }

    public ImportReport getReport() {
        return report;
    }

    public List<UnitCsvError> getErrors() {
        return errors;
    }
}
