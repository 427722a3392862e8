package vn.thidua.shared.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A page opened with a view parameter that does not convert ({@code campaign.xhtml?id=abc}) names nothing, as a missing
 * or unknown id does: 404 with the error page. Without this, Faces skips the page's view action (which answers "not
 * found" for a missing or unknown id) and renders the page with nothing loaded, which failed with a 500 (found by the
 * attack runs: wapiti's payloads in every id). On a first request (not a postback) only view parameters are validated,
 * so a failed validation there can only be one of them.
 */
public class BadViewParameterListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (rejects(context.isPostback(), context.isValidationFailed())) {
            try {
                context.getExternalContext().responseSendError(HttpServletResponse.SC_NOT_FOUND, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }

    /** The rule, in plain Java: a first request whose (view parameter) validation failed. */
    static boolean rejects(boolean postback, boolean validationFailed) {
        return !postback && validationFailed;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // nothing: the decision needs the validation's outcome
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.PROCESS_VALIDATIONS;
    }
}
