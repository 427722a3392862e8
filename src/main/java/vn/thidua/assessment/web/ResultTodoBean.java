package vn.thidua.assessment.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.assessment.ResultQueries;
import vn.thidua.assessment.ResultTodo;
import vn.thidua.security.CurrentActor;

import java.util.List;

/** The home page's year-end results tasks: a chair's sheet to fill in or fix, the reports staff are to accept. */
@Named
@RequestScoped
public class ResultTodoBean {

    @Inject
    ResultQueries queries;

    @Inject
    CurrentActor current;

    private List<ResultTodo> items;

    public List<ResultTodo> getItems() {
        if (items == null) {
            items = current.isSignedIn() ? queries.todo(current.get()) : List.of();
        }
        return items;
    }
}
