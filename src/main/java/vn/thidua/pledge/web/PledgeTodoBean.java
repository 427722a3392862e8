package vn.thidua.pledge.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.pledge.PledgeQueries;
import vn.thidua.pledge.PledgeTodo;
import vn.thidua.security.CurrentActor;

import java.util.List;

/** The home page's in-app reminders: pledges waiting for the reader's signature. */
@Named
@RequestScoped
public class PledgeTodoBean {

    @Inject
    PledgeQueries queries;

    @Inject
    CurrentActor current;

    private List<PledgeTodo> items;

    public List<PledgeTodo> getItems() {
        if (items == null) {
            items = queries.awaitingSignature(current.get());
        }
        return items;
    }
}
