package vn.thidua.organisation;

import vn.thidua.security.Actor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether an import file stays inside the importer's scope, decided before anything is written. A row may touch a
 * unit only if the importer manages it where it stands now (an existing unit) and where it would stand after the
 * import (its new parent's subtree): otherwise naming an existing unit of another district would rename it and move
 * it, with its subtree, under the importer. Plain Java, so that the rule is unit-tested without a database.
 */
public final class UnitImportScope {

    private UnitImportScope() {
    }

    /**
     * @param rows          the parsed rows, parents before children (as the parser orders them)
     * @param existingPaths the current materialised path of each existing unit the file names, by code
     * @return one line-numbered error per row outside the actor's scope; empty when the whole file may be imported
     */
    public static List<UnitCsvError> check(Actor actor, List<UnitCsvRow> rows, Map<String, String> existingPaths) {
        List<UnitCsvError> errors = new ArrayList<>();
        Map<String, String> futurePaths = new HashMap<>(existingPaths);
        for (UnitCsvRow row : rows) {
            String current = existingPaths.get(row.getCode());
            String parentPath = row.getParentCode() == null ? null : futurePaths.get(row.getParentCode());
            String future;
            if (row.getParentCode() == null) {
                // no parent column: a new root (administrators only), or an existing unit left where it is
                future = current != null ? current : "/" + row.getCode() + "/";
            } else {
                future = (parentPath == null ? "/" : parentPath) + row.getCode() + "/";
            }
            boolean mayTouchCurrent = current == null || actor.canManage(current);
            boolean mayPlace = actor.canManage(future) && (row.getParentCode() != null || current != null || actor.isAdmin());
            if (!mayTouchCurrent || !mayPlace) {
                errors.add(new UnitCsvError(row.getLine(), "import.error.outOfScope", row.getCode()));
            }
            futurePaths.put(row.getCode(), future);
        }
        return errors;
    }
}
