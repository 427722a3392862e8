package vn.thidua.review.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import vn.thidua.review.ReviewQueries;
import vn.thidua.review.ReviewTodo;
import vn.thidua.security.CurrentActor;

import java.util.List;

/** The home page's year-end review tasks: scoring one's unit, reviewing members' sheets, finalising. */
@Named
@RequestScoped
public class ReviewTodoBean {

    @Inject
    ReviewQueries queries;

    @Inject
    CurrentActor current;

    private List<ReviewTodo> items;

    public List<ReviewTodo> getItems() {
        if (items == null) {
            items = current.isSignedIn() ? queries.todo(current.get()) : List.of();
        }
        return items;
    }
}
