package vn.thidua.organisation;

import vn.thidua.shared.RetryOnConflict;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import vn.thidua.security.AccessDenied;
import vn.thidua.security.Actor;
import vn.thidua.shared.RuleViolation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Use cases on units: add, edit (rename, retype, move), retire, reinstate, import. One transaction each; staff act
 * only inside their own unit's subtree, administrators anywhere.
 */
@RetryOnConflict
@ApplicationScoped
public class UnitService {

    private static final Logger LOG = Logger.getLogger(UnitService.class.getName());

    @PersistenceContext
    EntityManager em;

    @Transactional
    public long add(Actor actor, String code, String name, long typeId, Long parentId, LocalDate validFrom) {
        Unit parent = parentId == null ? null : em.find(Unit.class, parentId);
        if (parent == null) {
            RuleViolation.require(actor.isAdmin(), "unit.error.parentRequired");
        } else {
            actor.requireManage(parent.getPath());
            RuleViolation.require(parent.isActiveOn(LocalDate.now()), "unit.error.parentRetired", parent.getCode());
        }
        UnitType type = em.find(UnitType.class, typeId);
        RuleViolation.require(type != null, "error.required", "type");
        String cleanCode = code == null ? "" : code.strip();
        RuleViolation.require(!codeExists(cleanCode), "unit.error.codeTaken", cleanCode);
        Unit unit = new Unit(cleanCode, name, type, parent, validFrom);
        em.persist(unit);
        em.flush();
        LOG.info(() -> "unit added by=" + actor.getUsername() + " unit=" + unit.getCode());
        return unit.getId();
    }

    @Transactional
    public void edit(Actor actor, long unitId, long expectedVersion, String name, long typeId, Long parentId) {
        Unit unit = managed(actor, unitId);
        RuleViolation.require(unit.getVersion() == expectedVersion, "error.staleEdit");
        unit.rename(name);
        UnitType type = em.find(UnitType.class, typeId);
        RuleViolation.require(type != null, "error.required", "type");
        unit.changeType(type);
        Long currentParent = unit.getParent() == null ? null : unit.getParent().getId();
        if (parentId != null && !parentId.equals(currentParent)) {
            Unit newParent = em.find(Unit.class, parentId);
            RuleViolation.require(newParent != null, "error.required", "parent");
            actor.requireManage(newParent.getPath());
            move(unit, newParent);
        }
        em.flush();
        LOG.info(() -> "unit edited by=" + actor.getUsername() + " unit=" + unit.getCode());
    }

    private void move(Unit unit, Unit newParent) {
        String oldPath = unit.moveUnder(newParent);
        String newPath = unit.getPath();
        int depthShift = newPath.split("/").length - oldPath.split("/").length;
        em.flush();
        em.createNativeQuery("UPDATE unit SET path = CONCAT(?, SUBSTRING(path, ?)), depth = depth + ?, version = version + 1"
                        + " WHERE path LIKE ? AND id <> ?")
                .setParameter(1, newPath)
                .setParameter(2, oldPath.length() + 1)
                .setParameter(3, depthShift)
                .setParameter(4, UnitQueries.escape(oldPath) + "%")
                .setParameter(5, unit.getId())
                .executeUpdate();
    }

    @Transactional
    public void retire(Actor actor, long unitId, LocalDate on, Long mergedIntoId) {
        Unit unit = managed(actor, unitId);
        long activeChildren = em.createQuery("SELECT COUNT(c) FROM Unit c WHERE c.parent = :u AND (c.validTo IS NULL OR c.validTo > :on)", Long.class)
                .setParameter("u", unit).setParameter("on", on == null ? LocalDate.now() : on).getSingleResult();
        RuleViolation.require(activeChildren == 0, "unit.error.hasActiveChildren", unit.getName(), activeChildren);
        Unit into = mergedIntoId == null ? null : em.find(Unit.class, mergedIntoId);
        if (into != null) {
            actor.requireRead(into.getPath());
        }
        unit.retire(on, into);
        LOG.info(() -> "unit retired by=" + actor.getUsername() + " unit=" + unit.getCode() + " on=" + on);
    }

    @Transactional
    public void reinstate(Actor actor, long unitId) {
        Unit unit = managed(actor, unitId);
        unit.reinstate();
        LOG.info(() -> "unit reinstated by=" + actor.getUsername() + " unit=" + unit.getCode());
    }

    /**
     * Imports units from CSV, all or nothing: any error (of the file, or of the actor's scope) and nothing is written.
     * Re-importing the same file changes nothing; a changed name (or type, or parent) updates the unit.
     */
    @Transactional
    public ImportReport importCsv(Actor actor, byte[] content, IntConsumer progress) {
        if (!(actor.isAdmin() || actor.isStaff())) {
            throw new AccessDenied();
        }
        Map<String, UnitType> typesByName = em.createQuery("SELECT t FROM UnitType t", UnitType.class).getResultStream()
                .collect(Collectors.toMap(UnitType::getName, t -> t));
        UnitCsvResult parsed = new UnitCsvParser(typesByName.keySet(), this::codeExists).parse(content);
        if (!parsed.isValid()) {
            LOG.info(() -> "unit import refused by=" + actor.getUsername() + " errors=" + parsed.getErrors().size());
            return new ImportReport(0, 0, 0, parsed.getErrors());
        }
        Map<String, Unit> byCode = unitsByCode(parsed.getRows());
        Map<String, String> existingPaths = new HashMap<>();
        byCode.forEach((code, unit) -> existingPaths.put(code, unit.getPath()));
        // Scope is decided on the whole file before anything is written: a unit of another district named in a row
        // refuses the file, it is never renamed or moved.
        List<UnitCsvError> scopeErrors = UnitImportScope.check(actor, parsed.getRows(), existingPaths);
        if (!scopeErrors.isEmpty()) {
            LOG.warning(() -> "unit import outside scope refused by=" + actor.getUsername() + " rows=" + scopeErrors.size());
            return new ImportReport(0, 0, 0, scopeErrors);
        }

        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int done = 0;
        for (UnitCsvRow row : parsed.getRows()) {
            Unit parent = row.getParentCode() == null ? null : byCode.get(row.getParentCode());
            UnitType type = typesByName.get(row.getTypeName());
            Unit existing = byCode.get(row.getCode());
            if (existing == null) {
                Unit unit = new Unit(row.getCode(), row.getName(), type, parent, null);
                em.persist(unit);
                byCode.put(unit.getCode(), unit);
                created++;
            } else {
                boolean changed = false;
                if (!existing.getName().equals(row.getName())) {
                    existing.rename(row.getName());
                    changed = true;
                }
                if (!existing.getType().equals(type)) {
                    existing.changeType(type);
                    changed = true;
                }
                Unit currentParent = existing.getParent();
                if (parent != null && !parent.equals(currentParent)) {
                    move(existing, parent);
                    changed = true;
                }
                if (changed) {
                    updated++;
                } else {
                    unchanged++;
                }
            }
            if (++done % 100 == 0 && progress != null) {
                progress.accept(done * 100 / parsed.getRows().size());
            }
        }
        em.flush();
        int c = created;
        int u = updated;
        LOG.info(() -> "unit import by=" + actor.getUsername() + " created=" + c + " updated=" + u);
        if (progress != null) {
            progress.accept(100);
        }
        return new ImportReport(created, updated, unchanged, List.of());
    }

    /**
     * The existing units the file names (as rows or as parents), fetched in chunks: an import touches what it names,
     * not the whole country's ~100,000 units.
     */
    private Map<String, Unit> unitsByCode(List<UnitCsvRow> rows) {
        Set<String> codes = new java.util.HashSet<>();
        for (UnitCsvRow row : rows) {
            codes.add(row.getCode());
            if (row.getParentCode() != null) {
                codes.add(row.getParentCode());
            }
        }
        Map<String, Unit> byCode = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("SELECT u FROM Unit u WHERE u.code IN :codes", Unit.class)
                    .setParameter("codes", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultStream().forEach(u -> byCode.put(u.getCode(), u));
        }
        return byCode;
    }

    private boolean codeExists(String code) {
        return em.createQuery("SELECT COUNT(u) FROM Unit u WHERE u.code = :c", Long.class)
                .setParameter("c", code).getSingleResult() > 0;
    }

    private Unit managed(Actor actor, long unitId) {
        Unit unit = em.find(Unit.class, unitId);
        if (unit == null) {
            throw new AccessDenied();
        }
        actor.requireManage(unit.getPath());
        return unit;
    }

    /** Thrown (and so rolling back) when rows were written before an error showed; carries the errors. */
    public static class ImportRefused extends RuleViolation {
        private static final long serialVersionUID = 1L;
        private final transient List<UnitCsvError> errors;

        public ImportRefused(List<UnitCsvError> errors) {
            super("import.error.refused", errors.size());
            this.errors = List.copyOf(errors);
        }

        public List<UnitCsvError> getErrors() {
            return errors;
        }
    }
}
