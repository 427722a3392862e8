package vn.thidua.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.security.Actor;

import java.util.List;
import java.util.Optional;

/** Campaign lists and headers, filtered to what the actor may read. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CampaignQueries {

    static final String VIEW = "SELECT NEW vn.thidua.campaign.CampaignView(c.id, c.year, c.name, o.id, o.code, o.name, o.path,"
            + " c.startsOn, c.endsOn, c.status, (SELECT COUNT(k) FROM Cluster k WHERE k.campaign = c))"
            + " FROM Campaign c JOIN c.organiser o ";

    @PersistenceContext
    EntityManager em;

    public List<CampaignView> list(Actor actor) {
        if (actor.isAdmin()) {
            return em.createQuery(VIEW + "ORDER BY c.year DESC, c.name", CampaignView.class).getResultList();
        }
        // Organisers inside the actor's subtree, or above it (the path of an ancestor is a prefix of the actor's).
        String jpql = actor.isChair()
                ? VIEW + "WHERE LOCATE(o.path, :own) = 1 ORDER BY c.year DESC, c.name"
                : VIEW + "WHERE o.path LIKE :inside OR LOCATE(o.path, :own) = 1 ORDER BY c.year DESC, c.name";
        var q = em.createQuery(jpql, CampaignView.class).setParameter("own", actor.getUnitPath());
        if (!actor.isChair()) {
            q.setParameter("inside", vn.thidua.shared.Like.prefix(actor.getUnitPath()));
        }
        return q.getResultList();
    }

    public Optional<CampaignView> get(Actor actor, long id) {
        return em.createQuery(VIEW + "WHERE c.id = :id", CampaignView.class).setParameter("id", id)
                .getResultStream().findFirst()
                .filter(v -> CampaignAccess.canSee(actor, v.getOrganiserPath()));
    }
}
