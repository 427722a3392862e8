package vn.thidua.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.thidua.organisation.UnitNode;
import vn.thidua.organisation.UnitQueries;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;

import java.io.IOException;
import java.util.logging.Logger;

/** Who is signed in, for the page frame and its menu; and signing out. */
@Named
@RequestScoped
public class UserBean {

    private static final Logger LOG = Logger.getLogger(UserBean.class.getName());

    @Inject
    CurrentActor current;

    @Inject
    UnitQueries units;

    @Inject
    FacesContext facesContext;

    private UnitNode unit;

    public boolean isSignedIn() {
        return current.isSignedIn();
    }

    public Actor getActor() {
        return current.get();
    }

    public boolean isStaff() {
        return isSignedIn() && (current.get().isAdmin() || current.get().isStaff());
    }

    public boolean isAdmin() {
        return isSignedIn() && current.get().isAdmin();
    }

    public UnitNode getUnit() {
        if (unit == null && isSignedIn() && current.get().getUnitId() != null) {
            unit = units.node(current.get().getUnitId()).orElse(null);
        }
        return unit;
    }

    public void signOut() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String who = isSignedIn() ? current.get().getUsername() : "-";
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        LOG.info(() -> "signed out account=" + who);
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
    }
}
