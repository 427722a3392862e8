package vn.thidua.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.security.Actor;
import vn.thidua.shared.RetryOnConflict;

/** A person's own contact details and preferences (each person edits only their own). */
@RetryOnConflict
@ApplicationScoped
public class ContactService {

    @PersistenceContext
    EntityManager em;

    public Contact of(Actor actor) {
        Contact c = em.find(Contact.class, actor.getAccountId());
        return c == null ? new Contact(actor.getAccountId()) : c;
    }

    @Transactional
    public void change(Actor actor, String email, String phone, boolean wantsEmail, String language) {
        Contact c = em.find(Contact.class, actor.getAccountId());
        if (c == null) {
            c = new Contact(actor.getAccountId());
            c.change(email, phone, wantsEmail, language);
            em.persist(c);
        } else {
            c.change(email, phone, wantsEmail, language);
        }
    }
}
