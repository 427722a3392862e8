package vn.thidua.shared.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPageFilterTest {

    private static StackTraceElement frame(String type, String method) {
        return new StackTraceElement(type, method, type + ".java", 1);
    }

    private static <T extends Throwable> T thrownAt(T t, StackTraceElement... stack) {
        t.setStackTrace(stack);
        return t;
    }

    @Test
    void aValueTheComponentsCannotReadIsTheClientsFault() {
        // PrimeFaces' number field decoding text sent in its hidden input (as wapiti sent it)
        NumberFormatException decoding = thrownAt(new NumberFormatException("Character ¿ is neither a decimal digit"),
                frame("java.math.BigDecimal", "<init>"),
                frame("org.primefaces.component.inputnumber.InputNumberRenderer", "decode"),
                frame("jakarta.faces.component.UIComponentBase", "decode"),
                frame("jakarta.faces.component.UIComponentBase", "processDecodes"),
                frame("com.sun.faces.lifecycle.ApplyRequestValuesPhase", "execute"));
        assertTrue(ErrorPageFilter.clientFault(new RuntimeException("wrapped by Faces", decoding)));

        // a forged upload without its file count, found while validating
        NumberFormatException validating = thrownAt(new NumberFormatException("Cannot parse null string"),
                frame("java.lang.Integer", "parseInt"),
                frame("org.primefaces.component.fileupload.FileUpload", "validateValue"),
                frame("jakarta.faces.component.UIInput", "validate"),
                frame("jakarta.faces.component.UIInput", "processValidators"));
        assertTrue(ErrorPageFilter.clientFault(validating));
    }

    @Test
    void aPostbackOfAViewTheServerDoesNotHoldIsTheClientsFault() {
        // an expired session or a made-up view state: the sign-in page, answered 400 rather than the exception's 500
        assertTrue(ErrorPageFilter.clientFault(new jakarta.servlet.ServletException(
                new jakarta.faces.application.ViewExpiredException("View /pledge/pledge.xhtml could not be restored."))));
    }

    @Test
    void theSameExceptionInAnActionOrTheRenderingStaysTheServersFault() {
        NumberFormatException inAction = thrownAt(new NumberFormatException("in our code"),
                frame("vn.thidua.campaign.web.CampaignsBean", "create"),
                frame("jakarta.faces.component.UICommand", "broadcast"),
                frame("jakarta.faces.component.UIViewRoot", "processDecodes"));
        assertFalse(ErrorPageFilter.clientFault(inAction), "an immediate action is a use case, not the request");
        IllegalArgumentException rendering = thrownAt(new IllegalArgumentException("bad state"),
                frame("com.sun.faces.renderkit.html_basic.TextRenderer", "encodeEnd"),
                frame("jakarta.faces.component.UIComponent", "encodeAll"));
        assertFalse(ErrorPageFilter.clientFault(rendering));
        assertFalse(ErrorPageFilter.clientFault(new IllegalStateException("anything else")));
        assertFalse(ErrorPageFilter.clientFault(null));
    }
}
