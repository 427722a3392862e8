package vn.thidua.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import vn.thidua.shared.AlreadyDone;
import vn.thidua.shared.RuleViolation;

import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Turns bundle keys into messages in the user's language; backing beans show every outcome through it. */
public final class Messages {

    public static final String BUNDLE = "vn.thidua.i18n.messages";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        if (args.length == 0) {
            return pattern;
        }
        Object[] localised = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            localised[i] = args[i] instanceof String s && bundle.containsKey("field." + s) ? bundle.getString("field." + s) : args[i];
        }
        return new MessageFormat(pattern, context.getViewRoot().getLocale()).format(localised);
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, null, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, null, key, args);
    }

    public static void error(RuleViolation violation) {
        List<Object> args = violation.getArgs() == null ? List.of() : violation.getArgs();
        add(FacesMessage.SEVERITY_ERROR, null, violation.getKey(), args.toArray());
    }

    private static void add(FacesMessage.Severity severity, String clientId, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text(key, args), null));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** Runs a use case and reports its refusal, if any, as an error message. Returns whether it succeeded. */
    public static boolean attempt(Runnable useCase) {
        try {
            useCase.run();
            return true;
        } catch (AlreadyDone done) {
            // A second click or a second tab: what was asked is done, so the page says so instead of an error.
            add(FacesMessage.SEVERITY_INFO, null, done.getKey(), done.getArgs().toArray());
            return false;
        } catch (RuleViolation violation) {
            error(violation);
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        } catch (jakarta.persistence.OptimisticLockException | jakarta.ejb.EJBException e) {
            error("error.staleEdit");
            FacesContext.getCurrentInstance().validationFailed();
            return false;
        }
    }
}
