package vn.thidua.organisation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Reads units for pages and the API: one query per screenful, each row a {@link UnitNode}, always limited to what the
 * actor may read. The tree loads one level at a time, so it stays fast with every commune of the country loaded.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class UnitQueries {

    private static final String NODE = "SELECT NEW vn.thidua.organisation.UnitNode(u.id, u.code, u.name, t.name, t.category,"
            + " u.path, u.validTo, (SELECT COUNT(c) FROM Unit c WHERE c.parent = u)) FROM Unit u JOIN u.type t ";

    @PersistenceContext
    EntityManager em;

    /** The roots the actor sees: every top unit for an administrator, otherwise the actor's own unit. */
    public List<UnitNode> roots(Actor actor) {
        if (actor.isAdmin()) {
            return em.createQuery(NODE + "WHERE u.parent IS NULL ORDER BY u.name", UnitNode.class).getResultList();
        }
        return em.createQuery(NODE + "WHERE u.id = :id", UnitNode.class)
                .setParameter("id", actor.getUnitId()).getResultList();
    }

    public List<UnitNode> children(Actor actor, long parentId) {
        UnitNode parent = node(parentId).orElseThrow(AccessDenied::new);
        actor.requireRead(parent.getPath());
        return em.createQuery(NODE + "WHERE u.parent.id = :p ORDER BY t.sortOrder, u.name", UnitNode.class)
                .setParameter("p", parentId).getResultList();
    }

    public Optional<UnitNode> node(long id) {
        return em.createQuery(NODE + "WHERE u.id = :id", UnitNode.class)
                .setParameter("id", id).getResultStream().findFirst();
    }

    /** A unit by its code, whatever the caller's scope: units are public facts; actions on them check scope. */
    public Optional<UnitNode> node(String code) {
        return em.createQuery(NODE + "WHERE u.code = :c", UnitNode.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Optional<UnitNode> readable(Actor actor, long id) {
        return node(id).filter(n -> actor.canRead(n.getPath()));
    }

    public Optional<UnitNode> byCode(Actor actor, String code) {
        return em.createQuery(NODE + "WHERE u.code = :c", UnitNode.class)
                .setParameter("c", code).getResultStream().findFirst()
                .filter(n -> actor.canRead(n.getPath()));
    }

    /** Units whose name contains the text or whose code starts with it, inside the scope path; a page of them. */
    public List<UnitNode> search(Actor actor, String text, String withinPath, UnitCategory category, int first, int max) {
        return searchQuery(actor, text, withinPath, category, NODE, UnitNode.class)
                .setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(Actor actor, String text, String withinPath, UnitCategory category) {
        return searchQuery(actor, text, withinPath, category, "SELECT COUNT(u) FROM Unit u JOIN u.type t ", Long.class)
                .getSingleResult();
    }

    private <T> TypedQuery<T> searchQuery(Actor actor, String text, String withinPath, UnitCategory category,
                                          String select, Class<T> type) {
        String scope = actor.isAdmin() ? "/" : actor.getUnitPath();
        if (withinPath != null && withinPath.startsWith(scope)) {
            scope = withinPath;
        }
        String needle = text == null ? "" : vn.thidua.shared.Names.clean(text);
        StringBuilder jpql = new StringBuilder(select).append("WHERE u.path LIKE :scope");
        if (!needle.isEmpty()) {
            jpql.append(" AND (u.name LIKE :name OR u.code LIKE :code)");
        }
        if (category != null) {
            jpql.append(" AND t.category = :category");
        }
        if (!select.startsWith("SELECT COUNT")) {
            jpql.append(" ORDER BY u.name, u.code");
        }
        TypedQuery<T> q = em.createQuery(jpql.toString(), type).setParameter("scope", escape(scope) + "%");
        if (!needle.isEmpty()) {
            q.setParameter("name", "%" + escape(needle) + "%").setParameter("code", escape(needle) + "%");
        }
        if (category != null) {
            q.setParameter("category", category);
        }
        return q;
    }

    /** The version an edit starts from, so a concurrent change is detected instead of overwritten. */
    public long version(long id) {
        return em.createQuery("SELECT u.version FROM Unit u WHERE u.id = :id", Long.class).setParameter("id", id).getSingleResult();
    }

    public Optional<UnitNode> parentOf(long id) {
        return em.createQuery("SELECT u.parent.id FROM Unit u WHERE u.id = :id AND u.parent IS NOT NULL", Long.class)
                .setParameter("id", id).getResultStream().findFirst().flatMap(this::node);
    }

    public List<UnitType> types() {
        return em.createQuery("SELECT t FROM UnitType t ORDER BY t.sortOrder", UnitType.class).getResultList();
    }

    /** LIKE wildcards typed by a user are matched literally. */
    static String escape(String s) {
        return vn.thidua.shared.Like.escape(s);
    }
}
