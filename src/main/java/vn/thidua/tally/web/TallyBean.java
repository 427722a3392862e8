package vn.thidua.tally.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.security.CurrentActor;
import vn.thidua.tally.TallyQueries;
import vn.thidua.tally.TallyView;

import java.io.Serializable;

/** "Kết quả thực hiện chỉ tiêu": each target against its actual, per unit and per cluster, in the reader's scope. */
@Named
@ViewScoped
public class TallyBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TallyQueries queries;

    @Inject
    CurrentActor current;

    private Long campaign;
    private TallyView view;

    public String load() {
        view = campaign == null ? null : queries.campaign(current.get(), campaign).orElse(null);
        return view == null ? "/error.xhtml?faces-redirect=true" : null;
    }

    public Long getCampaign() {
        return campaign;
    }

    public void setCampaign(Long campaign) {
        this.campaign = campaign;
    }

    public TallyView getView() {
        return view;
    }
}
