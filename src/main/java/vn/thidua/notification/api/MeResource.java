package vn.thidua.notification.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import vn.thidua.notification.Contact;
import vn.thidua.notification.ContactService;
import vn.thidua.notification.DueItem;
import vn.thidua.notification.NotificationQueries;
import vn.thidua.notification.OutboxRow;
import vn.thidua.security.Actor;
import vn.thidua.security.CurrentActor;
import vn.thidua.shared.RuleViolation;

import java.util.List;

/**
 * GET /api/v1/me/notifications: what is due for the caller (signing so far) and the messages sent to them.
 * GET and PUT /api/v1/me/contact: the caller's own e-mail, telephone, whether they want e-mail, language.
 */
@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private static final int SENT_SHOWN = 50;

    @Inject
    CurrentActor current;

    @Inject
    NotificationQueries queries;

    @Inject
    ContactService contacts;

    @GET
    @Path("notifications")
    public NotificationsJson notifications() {
        Actor actor = current.get();
        List<DueItem> due = queries.dueFor(actor, NotificationQueries.today());
        List<OutboxRow> sent = queries.outbox(actor, actor.getAccountId(), SENT_SHOWN);
        return new NotificationsJson(due.stream().map(NotificationsJson.Due::new).toList(),
                sent.stream().map(NotificationsJson.Message::new).toList());
    }

    @GET
    @Path("contact")
    public ContactJson contact() {
        return new ContactJson(contacts.of(current.get()));
    }

    @PUT
    @Path("contact")
    @Consumes(MediaType.APPLICATION_JSON)
    public ContactJson change(ContactJson body) {
        if (body == null) {
            throw new RuleViolation("error.required", "body");
        }
        Actor actor = current.get();
        java.util.Set<vn.thidua.notification.Topic> muted = null;
        if (body.getMuted() != null) {
            muted = java.util.EnumSet.noneOf(vn.thidua.notification.Topic.class);
            for (String name : body.getMuted()) {
                vn.thidua.notification.Topic t = vn.thidua.notification.Topic.choosable().stream()
                        .filter(x -> x.name().equals(name)).findFirst()
                        .orElseThrow(() -> new RuleViolation("contact.error.topic", String.valueOf(name)));
                muted.add(t);
            }
        }
        contacts.change(actor, body.getEmail(), body.getPhone(), body.getWantsEmail() == null || body.getWantsEmail(),
                body.getLanguage(), muted);
        Contact saved = contacts.of(actor);
        return new ContactJson(saved);
    }
}
