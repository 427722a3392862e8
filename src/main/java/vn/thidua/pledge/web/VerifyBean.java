package vn.thidua.pledge.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import vn.thidua.pledge.PledgeVerifier;
import vn.thidua.pledge.Verification;
import vn.thidua.shared.web.Messages;

import java.io.Serializable;

/**
 * The public verification page (no sign-in): a code typed or read from the QR, or the PDF itself. It shows only what
 * {@link Verification} allows: never the text, the signers or the targets.
 */
@Named
@ViewScoped
public class VerifyBean implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_PDF_BYTES = 20L * 1024 * 1024;

    @Inject
    PledgeVerifier verifier;

    private String code;
    private Verification result;

    /** The QR on the document opens this page with the code: check it at once. */
    public void load() {
        if (code != null && !code.isBlank() && result == null) {
            result = verifier.byCode(code);
        }
    }

    public void check() {
        result = verifier.byCode(code);
    }

    public void upload(FileUploadEvent event) {
        byte[] content = event.getFile().getContent();
        if (content == null || content.length == 0) {
            Messages.error("file.error.empty");
            return;
        }
        if (content.length > MAX_PDF_BYTES) {
            Messages.error("file.error.tooLarge", "20");
            return;
        }
        Verification checked = verifier.byDocument(content, PledgeBean.address());
        if (checked.getOutcome() == Verification.Outcome.TOO_MANY) {
            result = null;
            Messages.error("verify.error.tooMany", String.valueOf(checked.getRetryMinutes()));
            return;
        }
        result = checked;
        code = result.getCode();
    }

    public String brokenText() {
        if (result == null || result.getBrokenKey() == null) {
            return "";
        }
        return PledgeBean.integrityText(result.getBrokenKey(), result.getBrokenArgs());
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public Verification getResult() {
        return result;
    }
}
